#pragma once

#include <QtGlobal>

namespace guanxi {

// Checks bytes for well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF) one byte at a time, so a sequence may be split across reads. Encoding detection uses
// it on the sample, and the GB18030 decoder on each line to notice UTF-8 rows in a GBK file.
class Utf8Validator
{
public:
    // False from the first byte that cannot continue well-formed UTF-8; stays false until reset().
    bool feed(uchar byte)
    {
        if (!m_valid)
            return false;
        if (m_needed == 0) {
            if (byte < 0x80)
                return true;
            return start(byte);
        }
        if (byte < m_lower || byte > m_upper)
            return m_valid = false;
        m_lower = 0x80;
        m_upper = 0xBF;
        if (--m_needed == 0) {
            if (m_length >= 3)
                ++m_wideSequences;
            else
                ++m_narrowSequences;
        }
        return true;
    }

    bool isValid() const { return m_valid; }
    // Valid and not in the middle of a sequence.
    bool isComplete() const { return m_valid && m_needed == 0; }
    // Completed sequences of two bytes (U+0080–U+07FF: accents, Greek, Cyrillic …).
    qint64 narrowSequences() const { return m_narrowSequences; }
    // Completed sequences of three or four bytes (Chinese among them).
    qint64 wideSequences() const { return m_wideSequences; }

    void reset() { *this = Utf8Validator(); }

private:
    bool start(uchar byte)
    {
        if (byte >= 0xC2 && byte <= 0xDF) {
            m_needed = 1;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            m_needed = 2;
            if (byte == 0xE0)
                m_lower = 0xA0;  // overlong
            else if (byte == 0xED)
                m_upper = 0x9F;  // surrogates
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            m_needed = 3;
            if (byte == 0xF0)
                m_lower = 0x90;  // overlong
            else if (byte == 0xF4)
                m_upper = 0x8F;  // above U+10FFFF
        } else {
            return m_valid = false;
        }
        m_length = m_needed + 1;
        return true;
    }

    bool m_valid = true;
    int m_needed = 0;
    int m_length = 0;
    uchar m_lower = 0x80;
    uchar m_upper = 0xBF;
    qint64 m_narrowSequences = 0;
    qint64 m_wideSequences = 0;
};

}  // namespace guanxi
