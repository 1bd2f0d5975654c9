#pragma once

// The two halves of test_vcard, each a Qt Test class in its own file; main.cpp runs both.
int runVCardReaderTests(int argc, char **argv);
int runVCardImportTests(int argc, char **argv);
