#pragma once

#include "ImportOptions.h"
#include "RecordSource.h"
#include "exchange/vcard/VCardOptions.h"

#include <memory>
#include <optional>

namespace guanxi {

class VCardReader;
struct VCard;

// The import pipeline's view of a .vcf file: each card (exchange/vcard/VCardReader, as
// VCardContact reads it) is one record of a contacts file with a fixed header, the keys of
// ImportFields: id, customer, name, title, role, phone, email, wechat, notes, customer-city,
// customer-region, customer-address. A card that is no person (a group) comes with a problem.
//
//   auto source = VCardRecordSource::open(path);
//   ImportOptions options = VCardRecordSource::importOptions();
//   Result<ImportReport> report = Importer::run(workspace, **source, options);
class VCardRecordSource : public RecordSource
{
public:
    // Opens `path` and reads its first card: a file that cannot be read, is empty or is not a
    // vCard is an error here, before anything is imported.
    static Result<std::unique_ptr<VCardRecordSource>> open(const QString &path, const VCardOptions &options = {});

    // Contacts, every column by its name (nothing guessed), and the customers the cards name
    // created when they do not exist (ImportOptions::createMissingCustomers).
    static ImportOptions importOptions();

    ~VCardRecordSource() override;
    Result<bool> next(SourceRecord &record) override;
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;

private:
    VCardRecordSource(std::unique_ptr<VCardReader> reader, const VCard &first);
    static QStringList header();
    static SourceRecord recordOf(const VCard &card);

    std::unique_ptr<VCardReader> m_reader;
    std::optional<SourceRecord> m_first;
    bool m_headerGiven = false;
};

}  // namespace guanxi
