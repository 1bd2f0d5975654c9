#include "ExportScope.h"

#include "models/CustomerTableModel.h"
#include "models/FollowUpAgendaModel.h"
#include "views/CustomerListView.h"
#include "views/FollowUpsPage.h"
#include "widgets/StaffComboBox.h"

#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace guanxi {

namespace {

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

} // namespace

QString ExportScope::customerColumnCode(int column)
{
    switch (column) {
    case CustomerTableModel::NameColumn:
        return QStringLiteral("name");
    case CustomerTableModel::KindColumn:
        return QStringLiteral("kind");
    case CustomerTableModel::TierColumn:
        return QStringLiteral("tier");
    case CustomerTableModel::LifecycleColumn:
        return QStringLiteral("lifecycle");
    case CustomerTableModel::OwnerColumn:
        return QStringLiteral("owner");
    case CustomerTableModel::CityColumn:
        return QStringLiteral("city");
    case CustomerTableModel::PhoneColumn:
        return QStringLiteral("phone");
    case CustomerTableModel::EmailColumn:
        return QStringLiteral("email");
    case CustomerTableModel::UpdatedColumn:
        return QStringLiteral("updated");
    default:
        return {};
    }
}

ExportScope ExportScope::customerList(const CustomerListView *list)
{
    ExportScope scope;
    const CustomerTableModel *model = list->model();
    scope.entity = exchange::ExportEntity::Customers;
    scope.customerFilter = model->filter();
    scope.customerOrder = model->order();
    const QHeaderView *header = list->view()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        const QString code = customerColumnCode(column);
        if (header->isSectionHidden(column) || code.isEmpty())
            continue;
        scope.columns.append(code);
        scope.columnTitles.append(model->headerData(column, Qt::Horizontal).toString());
    }

    const CustomerFilter &filter = scope.customerFilter;
    QStringList narrowing;
    if (!filter.search.trimmed().isEmpty())
        narrowing.append(tr("search “%1”").arg(filter.search.trimmed()));
    if (filter.tier)
        narrowing.append(tr("tier: %1").arg(enumLabel(*filter.tier)));
    if (filter.lifecycle)
        narrowing.append(tr("lifecycle: %1").arg(enumLabel(*filter.lifecycle)));
    if (filter.ownerId)
        narrowing.append(tr("owner: %1").arg(list->ownerFilter()->currentText()));
    const QString count = QLocale().toString(model->matchCount());
    scope.description = narrowing.isEmpty()
        ? tr("All %1 customers in the list").arg(count)
        : tr("The %1 customers in the list (%2)").arg(count, narrowing.join(tr(", ")));
    scope.fileName = tr("Customers %1").arg(today());
    return scope;
}

ExportScope ExportScope::contactsOf(const QString &customerId, const QString &customerName)
{
    ExportScope scope;
    scope.entity = exchange::ExportEntity::Contacts;
    scope.recordFilter.customerId = customerId;
    scope.description = tr("The contacts of “%1”").arg(customerName);
    scope.fileName = tr("Contacts of %1").arg(customerName);
    return scope;
}

ExportScope ExportScope::allContacts()
{
    ExportScope scope;
    scope.entity = exchange::ExportEntity::Contacts;
    scope.description = tr("All contacts of all customers");
    scope.fileName = tr("Contacts %1").arg(today());
    return scope;
}

ExportScope ExportScope::followUpsView(const FollowUpsPage *page)
{
    const FollowUpAgendaModel *agenda = page->model();
    const std::optional<QString> ownerId = agenda->ownerFilter();
    ExportScope scope;
    scope.entity = exchange::ExportEntity::FollowUps;
    scope.recordFilter.openOnly = true;
    scope.recordFilter.ownerId = ownerId;
    scope.recordFilter.dueUntil = agenda->today().addDays(FollowUpAgendaModel::UpcomingDays);
    const int days = FollowUpAgendaModel::UpcomingDays;
    scope.description = !ownerId ? tr("Everyone’s open follow-ups (overdue, today and the next %1 days)").arg(days)
        : ownerId->isEmpty()     ? tr("Unassigned open follow-ups (overdue, today and the next %1 days)").arg(days)
                                 : tr("%1’s open follow-ups (overdue, today and the next %2 days)")
                                       .arg(page->ownerFilter()->currentText())
                                       .arg(days);
    scope.fileName = tr("Follow-ups %1").arg(today());
    return scope;
}

} // namespace guanxi
