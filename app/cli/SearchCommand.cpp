// search QUERY: type-ahead search as the GUI's search box does it.
#include "Command.h"
#include "Console.h"
#include "TextTable.h"
#include "storage/SearchRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace guanxi::cli {

namespace {

QJsonArray matchedFields(SearchFields fields)
{
    static const std::pair<SearchField, const char *> names[] = {
        {SearchField::Name, "name"}, {SearchField::Contacts, "contacts"}, {SearchField::Phone, "phone"},
        {SearchField::Email, "email"}, {SearchField::Place, "place"}};
    QJsonArray array;
    for (const auto &[field, name] : names)
        if (fields.testFlag(field))
            array.append(QLatin1String(name));
    return array;
}

int runSearch(Context &context)
{
    QString error;
    const auto limit = positiveNumber(context, QStringLiteral("limit"), 20, &error);
    if (!limit)
        return context.usageError(error);
    const QString query = context.arguments.positionals.value(0);
    if (query.trimmed().isEmpty())
        return context.usageError(Cli::tr("The search text is empty."));
    const auto workspace = context.open();
    if (!workspace)
        return Failure;
    // --limit 0 means every match; the repository then reads the whole index.
    const int maxHits = *limit == 0 || *limit > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(*limit);
    const auto hits = SearchRepository(*workspace).search(query, maxHits);
    if (!hits)
        return context.fail(hits.error());
    if (context.arguments.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : *hits)
            array.append(QJsonObject{{QStringLiteral("id"), hit.id},
                                     {QStringLiteral("name"), hit.name},
                                     {QStringLiteral("city"), hit.city.isEmpty() ? QJsonValue() : QJsonValue(hit.city)},
                                     {QStringLiteral("phone"), hit.phone.isEmpty() ? QJsonValue() : QJsonValue(hit.phone)},
                                     {QStringLiteral("matched"), matchedFields(hit.matched)}});
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return Success;
    }
    if (hits->isEmpty()) {
        Console::err(Cli::tr("Nothing found for “%1”.").arg(query) + QLatin1Char('\n'));
        return Success;
    }
    TextTable table({Cli::tr("Name"), Cli::tr("City"), Cli::tr("Phone"), Cli::tr("Id")});
    for (const SearchHit &hit : *hits)
        table.addRow({hit.name, hit.city, hit.phone, hit.id});
    Console::out(table.render());
    return Success;
}

}  // namespace

QList<Command> searchCommands()
{
    return {
        {{QStringLiteral("search")},
         QT_TRANSLATE_NOOP("Cli", "Find customers by name, contact, phone, e-mail or city, as the search box does"),
         {limitOption(20), jsonOption()},
         {{QStringLiteral("QUERY"), Cli::tr("What to look for; several words must all match")}},
         &runSearch},
    };
}

}  // namespace guanxi::cli
