// customer add / edit / delete / list (show: CustomerShowCommand.cpp).
#include "Command.h"
#include "Console.h"
#include "CustomerJson.h"
#include "TextTable.h"

#include "domain/CustomerFields.h"
#include "domain/Validation.h"
#include "storage/CustomerRepository.h"
#include "storage/StaffRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace guanxi::cli {

namespace {

bool wantsJson(const Context &context)
{
    return context.arguments.has(QStringLiteral("json"));
}

void printJson(const QJsonDocument &document)
{
    Console::out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

QString valueNameFor(const CustomerFields::Field &field)
{
    switch (field.type) {
    case CustomerFields::Type::Enum: return QStringLiteral("CODE");
    case CustomerFields::Type::Boolean: return QStringLiteral("yes|no");
    case CustomerFields::Type::Number: return QStringLiteral("1-5");
    case CustomerFields::Type::List: return QStringLiteral("TAGS");
    case CustomerFields::Type::StaffName: return QStringLiteral("NAME");
    case CustomerFields::Type::Text: break;
    }
    return QString::fromLatin1(field.name).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString descriptionFor(const CustomerFields::Field &field)
{
    QString text = CustomerFields::label(field);
    if (field.type == CustomerFields::Type::Enum)
        text = Cli::tr("%1: %2").arg(text, field.choices().join(QStringLiteral(", ")));
    else if (field.type == CustomerFields::Type::List)
        text = Cli::tr("%1 (separated by commas)").arg(text);
    else if (field.type == CustomerFields::Type::StaffName)
        text = Cli::tr("%1 (a team member; created when new)").arg(text);
    return text;
}

QList<OptionSpec> fieldOptions(bool nameRequired)
{
    QList<OptionSpec> options;
    for (const CustomerFields::Field &field : CustomerFields::all())
        options.append({QString::fromLatin1(field.name), valueNameFor(field), descriptionFor(field),
                        nameRequired && QLatin1String(field.name) == QLatin1String("name")});
    return options;
}

// Applies every --FIELD VALUE in command-line order. Values that are not among a field's
// choices are usage errors; data that fail validation (a phone number, an e-mail) are not.
struct FieldApplication {
    int fieldsGiven = 0;
    QString usageError;
    QStringList invalid;
};

FieldApplication applyFields(const Context &context, Customer &customer)
{
    FieldApplication result;
    for (const auto &[name, value] : context.arguments.options) {
        const CustomerFields::Field *field = CustomerFields::find(name);
        if (!field)
            continue;  // --json and the global options
        ++result.fieldsGiven;
        const Status set = field->setText(customer, value);
        if (set)
            continue;
        if (field->type == CustomerFields::Type::Text || field->type == CustomerFields::Type::List) {
            result.invalid.append(set.error().message);
        } else if (result.usageError.isEmpty()) {
            result.usageError = set.error().message;  // names the field already
        }
    }
    return result;
}

// Turns the owner's name (CustomerFields stores it in ownerName) into a team member's id.
Status resolveOwner(Workspace &workspace, Customer &customer)
{
    if (!customer.ownerId.isEmpty() || customer.ownerName.isEmpty())
        return {};
    auto staff = StaffRepository(workspace).findOrCreate(customer.ownerName);
    if (!staff)
        return staff.error();
    customer.ownerId = staff->meta.id;
    return {};
}

// Validation first, so nothing (not even a new team member) is written for invalid input.
int reportInvalid(const Context &context, const QStringList &invalid, Customer customer)
{
    QStringList problems = invalid;
    for (const QString &line : CustomerFields::describe(Validation::normalizeAndValidate(customer)))
        if (!problems.contains(line))
            problems.append(line);
    if (problems.isEmpty())
        return Success;
    return context.fail(Cli::tr("The customer was not saved:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
}

int runAdd(Context &context)
{
    Customer customer;
    const FieldApplication applied = applyFields(context, customer);
    if (!applied.usageError.isEmpty())
        return context.usageError(applied.usageError);
    if (int invalid = reportInvalid(context, applied.invalid, customer); invalid != Success)
        return invalid;
    const auto workspace = context.open();
    if (!workspace)
        return Failure;
    auto transaction = workspace->beginWrite();
    if (!transaction)
        return context.fail(transaction.error());
    if (Status owner = resolveOwner(*workspace, customer); !owner)
        return context.fail(owner.error());
    auto created = CustomerRepository(*workspace).create(customer);
    if (!created)
        return context.fail(created.error());
    if (Status committed = (*transaction)->commit(); !committed)
        return context.fail(committed.error());
    if (wantsJson(context))
        printJson(QJsonDocument(toJson(*created)));
    else
        Console::out(created->meta.id + QLatin1Char('\n'));
    return Success;
}

int runEdit(Context &context)
{
    const QString id = context.arguments.positionals.value(0);
    Customer probe;
    const FieldApplication dryRun = applyFields(context, probe);  // usage errors before opening anything
    if (!dryRun.usageError.isEmpty())
        return context.usageError(dryRun.usageError);
    if (dryRun.fieldsGiven == 0)
        return context.usageError(Cli::tr("Nothing to change: give at least one --FIELD VALUE, for example --phone 13812345678."));
    const auto workspace = context.open();
    if (!workspace)
        return Failure;
    CustomerRepository customers(*workspace);
    auto customer = customers.get(id);
    if (!customer)
        return context.fail(customer.error());
    const FieldApplication applied = applyFields(context, *customer);
    if (int invalid = reportInvalid(context, applied.invalid, *customer); invalid != Success)
        return invalid;
    auto transaction = workspace->beginWrite();
    if (!transaction)
        return context.fail(transaction.error());
    if (Status owner = resolveOwner(*workspace, *customer); !owner)
        return context.fail(owner.error());
    auto updated = customers.update(*customer);
    if (!updated)
        return context.fail(updated.error());
    if (Status committed = (*transaction)->commit(); !committed)
        return context.fail(committed.error());
    if (wantsJson(context))
        printJson(QJsonDocument(toJson(*updated)));
    else
        Console::out(Cli::tr("Saved “%1” (%2).").arg(updated->name, updated->meta.id) + QLatin1Char('\n'));
    return Success;
}

int runDelete(Context &context)
{
    const QString id = context.arguments.positionals.value(0);
    const auto workspace = context.open();
    if (!workspace)
        return Failure;
    CustomerRepository customers(*workspace);
    auto customer = customers.get(id);
    if (!customer)
        return context.fail(customer.error());
    if (Status removed = customers.remove(id); !removed)
        return context.fail(removed.error());
    Console::out(Cli::tr("Deleted “%1” (%2).").arg(customer->name, id) + QLatin1Char('\n'));
    return Success;
}

template<typename E>
std::optional<E> enumArgument(const Context &context, const QString &option, QString *error)
{
    const auto text = context.arguments.value(option);
    if (!text)
        return std::nullopt;
    if (auto value = enumFromText<E>(*text))
        return value;
    QStringList choices;
    for (E value : enumValues<E>())
        choices.append(QStringLiteral("%1 (%2)").arg(enumCode(value), enumLabel(value)));
    *error = Cli::tr("The option --%1 does not accept “%2”. Use one of: %3.").arg(option, *text, choices.join(QStringLiteral(", ")));
    return std::nullopt;
}

int runList(Context &context)
{
    QString error;
    const auto limit = positiveNumber(context, QStringLiteral("limit"), 50, &error);
    if (!limit)
        return context.usageError(error);
    CustomerFilter filter;
    filter.tier = enumArgument<RelationshipTier>(context, QStringLiteral("tier"), &error);
    filter.lifecycle = enumArgument<LifecycleLevel>(context, QStringLiteral("lifecycle"), &error);
    if (!error.isEmpty())
        return context.usageError(error);

    const auto workspace = context.open();
    if (!workspace)
        return Failure;
    if (const auto owner = context.arguments.value(QStringLiteral("owner"))) {
        auto staff = StaffRepository(*workspace).findByName(*owner);
        if (!staff)
            return context.fail(staff.error());
        filter.ownerId = staff->meta.id;
    }
    CustomerRepository customers(*workspace);
    QList<Customer> rows;
    std::optional<CustomerCursor> cursor;
    do {
        const int pageSize = *limit > 0 ? int(std::min<qint64>(*limit - rows.size(), 1000)) : 1000;
        auto page = customers.page(filter, CustomerOrder{}, cursor, pageSize);
        if (!page)
            return context.fail(page.error());
        rows += page->customers;
        cursor = page->next;
    } while (cursor && (*limit == 0 || rows.size() < *limit));

    if (wantsJson(context)) {
        QJsonArray array;
        for (const Customer &customer : std::as_const(rows))
            array.append(toJson(customer));
        printJson(QJsonDocument(array));
        return Success;
    }
    if (rows.isEmpty()) {
        Console::err(Cli::tr("No customers match.") + QLatin1Char('\n'));
        return Success;
    }
    TextTable table({Cli::tr("Name"), Cli::tr("City"), Cli::tr("Tier"), Cli::tr("Level"), Cli::tr("Owner"), Cli::tr("Phone"),
                     Cli::tr("Id")});
    for (const Customer &c : std::as_const(rows))
        table.addRow({c.name, c.city, enumLabel(c.tier), enumLabel(c.lifecycle), c.ownerName, c.phone, c.meta.id});
    Console::out(table.render());
    if (cursor) {
        auto total = customers.count(filter);
        if (total)
            Console::err(Cli::tr("Showing %1 of %Ln customer(s); --limit N shows more (0: all).", nullptr, pluralCount(*total))
                             .arg(QLocale().toString(qint64(rows.size())))
                         + QLatin1Char('\n'));
    }
    return Success;
}

}  // namespace

QList<Command> customerCommands()
{
    const PositionalSpec id{QStringLiteral("ID"), Cli::tr("The customer's id (as printed by “customer add” and “customer list”)")};
    QList<OptionSpec> addOptions = fieldOptions(true);
    addOptions.append(jsonOption());
    QList<OptionSpec> editOptions = fieldOptions(false);
    editOptions.append(jsonOption());
    return {
        {{QStringLiteral("customer"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("Cli", "Add a customer and print its id; --owner NAME finds or creates the team member"),
         addOptions,
         {},
         &runAdd},
        {{QStringLiteral("customer"), QStringLiteral("edit")},
         QT_TRANSLATE_NOOP("Cli", "Change fields of a customer: --FIELD VALUE for each (an empty VALUE clears it)"),
         editOptions,
         {id},
         &runEdit},
        {{QStringLiteral("customer"), QStringLiteral("delete")},
         QT_TRANSLATE_NOOP("Cli", "Delete a customer (kept as a tombstone, so the deletion syncs)"),
         {},
         {id},
         &runDelete},
        {{QStringLiteral("customer"), QStringLiteral("show")},
         QT_TRANSLATE_NOOP("Cli", "Show a customer with contacts, recent interactions, open follow-ups and orders"),
         {jsonOption()},
         {id},
         &runCustomerShow},
        {{QStringLiteral("customer"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("Cli", "List customers by name, optionally of one owner, tier or lifecycle level"),
         {{QStringLiteral("owner"), QStringLiteral("NAME"), Cli::tr("Only the customers of this team member")},
          {QStringLiteral("tier"), QStringLiteral("CODE"), Cli::tr("Only this relationship tier (code, English or Chinese label)")},
          {QStringLiteral("lifecycle"), QStringLiteral("CODE"), Cli::tr("Only this lifecycle level")},
          limitOption(50),
          jsonOption()},
         {},
         &runList},
    };
}

}  // namespace guanxi::cli
