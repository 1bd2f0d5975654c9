#include "ColumnMapping.h"

#include "HeaderMatcher.h"
#include "ImportFields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace guanxi {

namespace {

QString columnName(const QStringList &cells, int column, bool header)
{
    if (header && !cells.value(column).trimmed().isEmpty())
        return ColumnMapping::tr("“%1” (column %2)").arg(cells.value(column).trimmed()).arg(column + 1);
    return ColumnMapping::tr("column %1").arg(column + 1);
}

QString listOfColumns(const QStringList &cells, bool header)
{
    QStringList names;
    for (int i = 0; i < cells.size(); ++i)
        names.append(columnName(cells, i, header));
    return names.join(QStringLiteral(", "));
}

QString fieldName(const ImportField &field)
{
    return QStringLiteral("%1 (%2)").arg(ImportFields::label(field), QString::fromLatin1(field.key));
}

}  // namespace

Result<MappingSpec> MappingSpec::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Validation, ColumnMapping::tr("The column mapping is not valid JSON: %1 (at character %2).")
                                                    .arg(parseError.errorString())
                                                    .arg(parseError.offset));
    if (!document.isObject())
        return makeError(ErrorCode::Validation,
                         ColumnMapping::tr("The column mapping must be a JSON object: {\"columns\": {\"field\": \"column\", …}}."));
    const QJsonObject object = document.object();
    MappingSpec spec;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("entity")) {
            spec.entity = ImportEntities::fromText(it.value().toString());
            if (!spec.entity)
                return makeError(ErrorCode::Validation, ColumnMapping::tr("The column mapping names an unknown entity “%1”; use "
                                                                          "customers, contacts, orders or interactions.")
                                                            .arg(it.value().toString()));
        } else if (key == QLatin1String("header") || key == QLatin1String("guess")) {
            if (!it.value().isBool())
                return makeError(ErrorCode::Validation, ColumnMapping::tr("In the column mapping, “%1” must be true or false.").arg(key));
            (key == QLatin1String("header") ? spec.header : spec.guess) = it.value().toBool();
        } else if (key == QLatin1String("columns")) {
            if (!it.value().isObject())
                return makeError(ErrorCode::Validation,
                                 ColumnMapping::tr("In the column mapping, “columns” must be an object: {\"field\": \"column\", …}."));
            const QJsonObject columns = it.value().toObject();
            for (auto c = columns.begin(); c != columns.end(); ++c) {
                Column column;
                if (c.value().isNull()) {
                    column.kind = Column::Kind::Ignore;
                } else if (c.value().isString()) {
                    column.kind = Column::Kind::Header;
                    column.header = c.value().toString();
                } else if (c.value().isDouble() && c.value().toDouble() >= 1 && c.value().toDouble() == double(c.value().toInt())) {
                    column.kind = Column::Kind::Number;
                    column.number = c.value().toInt();
                } else {
                    return makeError(ErrorCode::Validation,
                                     ColumnMapping::tr("In the column mapping, “%1” must name a column by its header text, by its "
                                                       "number (1 is the first column), or be null.")
                                         .arg(c.key()));
                }
                spec.columns.append({c.key(), column});
            }
        } else {
            return makeError(ErrorCode::Validation,
                             ColumnMapping::tr("The column mapping has an unknown entry “%1” (known: entity, header, guess, columns).").arg(key));
        }
    }
    return spec;
}

Result<ColumnMapping> ColumnMapping::resolve(ImportEntity entity, const QStringList &firstRow, const MappingSpec &spec)
{
    const auto fields = ImportFields::of(entity);
    ColumnMapping mapping;
    mapping.m_entity = entity;
    mapping.m_header = spec.header;
    mapping.m_headerCells = firstRow;
    mapping.m_columnOf = QList<int>(qsizetype(fields.size()), -1);
    QList<int> fieldOfColumn(firstRow.size(), -1);
    QList<bool> excluded(qsizetype(fields.size()), false);
    const QString columnsText = listOfColumns(firstRow, spec.header);

    if (spec.entity && *spec.entity != entity)
        return makeError(ErrorCode::Validation, tr("The column mapping is for %1, not for %2.")
                                                    .arg(ImportEntities::label(*spec.entity), ImportEntities::label(entity)));
    for (const auto &[key, source] : spec.columns) {
        const ImportField *field = ImportFields::find(entity, key);
        if (!field) {
            QStringList keys;
            for (const ImportField &f : fields)
                keys.append(QString::fromLatin1(f.key));
            return makeError(ErrorCode::Validation, tr("The column mapping names “%1”, which %2 do not have. Their fields are: %3.")
                                                        .arg(key, ImportEntities::label(entity), keys.join(QStringLiteral(", "))));
        }
        const int fieldIndex = int(field - fields.data());
        if (source.kind == MappingSpec::Column::Kind::Ignore) {
            excluded[fieldIndex] = true;
            mapping.m_columnOf[fieldIndex] = -1;
            continue;
        }
        int column = -1;
        if (source.kind == MappingSpec::Column::Kind::Number) {
            if (source.number > firstRow.size())
                return makeError(ErrorCode::Validation, tr("The column mapping puts %1 in column %2, but the file has only %n column(s).",
                                                           nullptr, int(firstRow.size()))
                                                            .arg(fieldName(*field))
                                                            .arg(source.number));
            column = source.number - 1;
        } else {
            if (!spec.header)
                return makeError(ErrorCode::Validation,
                                 tr("The column mapping says the file has no header row, so columns must be given by number (%1).")
                                     .arg(fieldName(*field)));
            column = int(firstRow.indexOf(source.header.trimmed()));
            for (int i = 0; column < 0 && i < firstRow.size(); ++i)
                if (HeaderMatcher::fold(firstRow[i]) == HeaderMatcher::fold(source.header) && !HeaderMatcher::fold(source.header).isEmpty())
                    column = i;
            if (column < 0)
                return makeError(ErrorCode::Validation, tr("The column mapping puts %1 in the column “%2”, which the file does not have. "
                                                           "Its columns are: %3.")
                                                            .arg(fieldName(*field), source.header, columnsText));
        }
        if (fieldOfColumn[column] >= 0 && fieldOfColumn[column] != fieldIndex)
            return makeError(ErrorCode::Validation, tr("The column mapping puts both %1 and %2 in %3.")
                                                        .arg(fieldName(fields[fieldOfColumn[column]]), fieldName(*field),
                                                             columnName(firstRow, column, spec.header)));
        if (const int previous = mapping.m_columnOf[fieldIndex]; previous >= 0)
            fieldOfColumn[previous] = -1;
        mapping.m_columnOf[fieldIndex] = column;
        fieldOfColumn[column] = fieldIndex;
    }

    if (spec.guess && spec.header) {
        const QList<int> guessed = HeaderMatcher::guess(entity, firstRow);
        for (int column = 0; column < guessed.size(); ++column) {
            const int fieldIndex = guessed[column];
            if (fieldIndex < 0 || excluded[fieldIndex] || mapping.m_columnOf[fieldIndex] >= 0 || fieldOfColumn[column] >= 0)
                continue;
            mapping.m_columnOf[fieldIndex] = column;
            fieldOfColumn[column] = fieldIndex;
        }
    }

    QStringList missing;
    bool customerReferenceNeeded = false;
    bool customerReferenceFound = false;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].need == ImportField::Need::Required && mapping.m_columnOf[qsizetype(i)] < 0)
            missing.append(QStringLiteral("%1 / %2").arg(ImportFields::label(fields[i]), QString::fromUtf8(fields[i].chinese)));
        if (fields[i].need == ImportField::Need::CustomerReference) {
            customerReferenceNeeded = true;
            customerReferenceFound = customerReferenceFound || mapping.m_columnOf[qsizetype(i)] >= 0;
        }
    }
    if (customerReferenceNeeded && !customerReferenceFound) {
        const ImportField *byName = ImportFields::find(entity, u"customer");
        const ImportField *byId = ImportFields::find(entity, u"customer-id");
        missing.append(tr("%1 / %2 (or %3 / %4)")
                           .arg(ImportFields::label(*byName), QString::fromUtf8(byName->chinese), ImportFields::label(*byId),
                                QString::fromUtf8(byId->chinese)));
    }
    if (!missing.isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("No column was found for: %1. The file's columns are: %2. Rename the column in the file or map it with "
                            "a column mapping.")
                             .arg(missing.join(QStringLiteral("; ")), columnsText.isEmpty() ? tr("(none)") : columnsText));
    return mapping;
}

int ColumnMapping::column(QStringView key) const
{
    return columnOfField(ImportFields::indexOf(m_entity, key));
}

QList<int> ColumnMapping::unusedColumns() const
{
    QList<int> unused;
    for (int column = 0; column < m_headerCells.size(); ++column)
        if (!m_columnOf.contains(column))
            unused.append(column);
    return unused;
}

QStringList ColumnMapping::describe() const
{
    QStringList lines;
    const auto fields = ImportFields::of(m_entity);
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (const int column = m_columnOf.value(qsizetype(i), -1); column >= 0)
            lines.append(tr("%1 ← %2").arg(ImportFields::label(fields[i]), columnName(m_headerCells, column, m_header)));
    return lines;
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject columns;
    const auto fields = ImportFields::of(m_entity);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const int column = m_columnOf.value(qsizetype(i), -1);
        if (column < 0)
            continue;
        const QString key = QString::fromLatin1(fields[i].key);
        if (m_header && !m_headerCells.value(column).trimmed().isEmpty())
            columns.insert(key, m_headerCells.value(column).trimmed());
        else
            columns.insert(key, column + 1);
    }
    const QJsonObject object{{QStringLiteral("entity"), ImportEntities::code(m_entity)},
                             {QStringLiteral("header"), m_header},
                             {QStringLiteral("guess"), false},
                             {QStringLiteral("columns"), columns}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

}  // namespace guanxi
