#pragma once

#include <QtGlobal>

namespace guanxi {

// Bounds that keep memory flat whatever a .vcf file holds. Only the properties Guanxi reads are
// kept; a photo (or any other property it ignores) may be of any size and is skipped as it is
// read. A kept property or card beyond these bounds stops the read with a clear error.
struct VCardOptions {
    qsizetype chunkBytes = 64 * 1024;       // bytes read from the file at a time (tests use tiny chunks)
    qsizetype maxLineBytes = 1024 * 1024;   // one property Guanxi reads, after unfolding
    qsizetype maxCardBytes = 4 * 1024 * 1024;  // all the properties of one card Guanxi reads
    int maxValues = 100;                    // phone numbers, e-mails, addresses … kept per card
};

}  // namespace guanxi
