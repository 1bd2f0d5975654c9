// test_vcard: the vCard reader, then the vCard import (which runs twice, like test_exchange_import:
// with duplicates and customer names looked up in hash tables, and through the indexes).
#include "VCardTests.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return runVCardReaderTests(argc, argv) + runVCardImportTests(argc, argv);
}
