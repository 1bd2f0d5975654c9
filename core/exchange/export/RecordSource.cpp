#include "RecordSource.h"

#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/OrderRepository.h"

#include <memory>

namespace guanxi::exchange {

namespace {

// Contacts, orders, interactions and follow-ups share pageAll(filter, after, limit) and countAll(filter).
template<typename Record, typename Repository>
RecordSource<Record> tableSource(Workspace &workspace, const CustomerRecordFilter &filter)
{
    struct State {
        Repository repository;
        CustomerRecordFilter filter;
        qint64 after = 0;
        bool finished = false;
    };
    auto state = std::make_shared<State>(State{Repository(workspace), filter});
    return {[state] { return state->repository.countAll(state->filter); },
            [state]() -> Result<QList<Record>> {
                if (state->finished)
                    return QList<Record>();
                auto page = state->repository.pageAll(state->filter, state->after, ExportPageSize);
                if (!page)
                    return page.error();
                state->finished = !page->next;
                state->after = page->next.value_or(state->after);
                return std::move(page->records);
            }};
}

}  // namespace

RecordSource<Customer> customerSource(Workspace &workspace, const CustomerFilter &filter, const CustomerOrder &order)
{
    struct State {
        CustomerRepository repository;
        CustomerFilter filter;
        CustomerOrder order;
        std::optional<CustomerCursor> cursor;
        bool finished = false;
    };
    auto state = std::make_shared<State>(State{CustomerRepository(workspace), filter, order, std::nullopt});
    return {[state] { return state->repository.count(state->filter); },
            [state]() -> Result<QList<Customer>> {
                if (state->finished)
                    return QList<Customer>();
                auto page = state->repository.page(state->filter, state->order, state->cursor, ExportPageSize);
                if (!page)
                    return page.error();
                state->finished = !page->next;
                state->cursor = page->next;
                return std::move(page->customers);
            }};
}

RecordSource<Contact> contactSource(Workspace &workspace, const CustomerRecordFilter &filter)
{
    return tableSource<Contact, ContactRepository>(workspace, filter);
}

RecordSource<Order> orderSource(Workspace &workspace, const CustomerRecordFilter &filter)
{
    return tableSource<Order, OrderRepository>(workspace, filter);
}

RecordSource<Interaction> interactionSource(Workspace &workspace, const CustomerRecordFilter &filter)
{
    return tableSource<Interaction, InteractionRepository>(workspace, filter);
}

RecordSource<FollowUp> followUpSource(Workspace &workspace, const CustomerRecordFilter &filter)
{
    return tableSource<FollowUp, FollowUpRepository>(workspace, filter);
}

}  // namespace guanxi::exchange
