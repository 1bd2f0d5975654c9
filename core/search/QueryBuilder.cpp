#include "QueryBuilder.h"

#include "PinyinParser.h"
#include "SearchTokenizer.h"

#include <QRegularExpression>
#include <QStringList>

#include <unicode/utf8.h>

#include <algorithm>
#include <optional>

namespace guanxi::search {

namespace {

constexpr size_t MaxAlternatives = 24;  // per term: each one is a phrase FTS5 evaluates

bool isAllLetters(std::string_view word)
{
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string withMarker(char marker, std::string_view text)
{
    std::string term(1, marker);
    term += text;
    return term;
}

void addUnique(std::vector<MatchPhrase> &list, MatchPhrase phrase)
{
    if (!phrase.terms.empty() && list.size() < MaxAlternatives && std::find(list.begin(), list.end(), phrase) == list.end())
        list.push_back(std::move(phrase));
}

// A piece of a term: one Han character or one word, at consecutive index positions.
struct Piece {
    bool han = false;
    std::string text;  // the index term of the character, or the folded word
};

std::vector<Piece> piecesOf(const std::string &utf8)
{
    std::vector<Piece> pieces;
    std::string word;
    const auto flush = [&] {
        if (!word.empty())
            pieces.push_back(Piece{false, std::move(word)});
        word.clear();
    };
    const auto *s = reinterpret_cast<const uint8_t *>(utf8.data());
    const int32_t n = int32_t(utf8.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0) {
            flush();
        } else if (SearchTokenizer::isHan(char32_t(c))) {
            flush();
            pieces.push_back(Piece{true, SearchTokenizer::hanTerm(char32_t(c))});
        } else if (SearchTokenizer::isWordCharacter(char32_t(c))) {
            SearchTokenizer::appendFolded(word, char32_t(c));
        } else {
            flush();
        }
    }
    flush();
    return pieces;
}

// FTS5 answers a prefix query by merging the lists of every term with that prefix before it
// returns the first row, so a prefix shared by common terms ("_hu"*: hua, huang, hui …; "zh"*:
// every e-mail address starting zhang, zhao …) costs tens of milliseconds at a million
// customers. Prefixes are therefore used only where few terms can share them, and an unfinished
// syllable is spelled out as its few completions, which FTS5 reads lazily.

// Whether the word reads as full syllables only (the last one perhaps unfinished): then it is
// pinyin, and its readings cover what a prefix of Latin words would add.
bool isPinyinWord(const std::vector<PinyinParser::Reading> &readings)
{
    return std::any_of(readings.begin(), readings.end(), [](const PinyinParser::Reading &reading) {
        return std::all_of(reading.begin(), reading.end(), [](const PinyinParser::Unit &unit) {
            return unit.prefix || (unit.text.size() >= 2 && !(unit.text.size() == 2 && unit.text[1] == 'h'));
        });
    });
}

bool wordPrefixIsCheap(const std::string &word, bool letters, bool pinyin)
{
    const bool digits = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits)
        return word.size() >= 4;  // "163"* would merge the lists of every 163.com address
    if (letters)
        return word.size() >= 3 && !pinyin;
    return word.size() >= 2;
}

bool isFullSyllable(const PinyinParser::Unit &unit)
{
    return !unit.prefix && unit.text.size() >= 2 && !(unit.text.size() == 2 && unit.text[1] == 'h');
}

std::string initialPair(const PinyinParser::Unit &before, const PinyinParser::Unit &unit)
{
    return std::string{SearchTokenizer::InitialPairMarker, before.text.front(), unit.text.front()};
}

std::string syllablePair(const PinyinParser::Unit &before, std::string_view syllable)
{
    std::string pair(1, SearchTokenizer::SyllablePairMarker);
    pair += before.text;
    pair += SearchTokenizer::SyllablePairSeparator;
    pair += syllable;
    return pair;
}

// The ways one word can match: as a Latin word (its beginning, when the user may still be typing
// it) and, when it is made of letters, as pinyin. `first`: the word starts its term, so a leading
// unit implied by the pair after it can be left out (which saves FTS5 a long list to step through).
std::vector<MatchPhrase> wordAlternatives(const std::string &word, bool last, bool first)
{
    std::vector<MatchPhrase> out;
    const bool letters = isAllLetters(word);
    const std::vector<PinyinParser::Reading> readings =
        letters ? PinyinParser::instance().parse(word, last) : std::vector<PinyinParser::Reading>{};
    // A single letter at the end is an initial: the initial terms cover Latin words too.
    if (!(letters && word.size() == 1 && last))
        addUnique(out, MatchPhrase{{word}, last && wordPrefixIsCheap(word, letters, isPinyinWord(readings)), {}, 0});
    for (const PinyinParser::Reading &reading : readings) {
        // Each unit after the first is matched together with the one before it where the index
        // has such pairs: "~bj" after an initial, "=bei'jing" between two full syllables. Single
        // initials and common syllables are in too many documents to drive a phrase.
        MatchPhrase phrase;
        for (size_t k = 0; k < reading.size(); ++k) {
            const PinyinParser::Unit &unit = reading[k];
            if (unit.prefix)
                break;  // only the last unit can be unfinished: below
            if (k > 0 && unit.text.size() == 1)
                phrase.terms.push_back(initialPair(reading[k - 1], unit));
            else if (k > 0 && isFullSyllable(reading[k - 1]) && isFullSyllable(unit))
                phrase.terms.push_back(syllablePair(reading[k - 1], unit.text));
            else
                phrase.terms.push_back(withMarker(SearchTokenizer::PinyinMarker, unit.text));
        }
        const auto leaveOutImpliedFirst = [&](MatchPhrase &p) {
            const bool implied = reading.size() >= 2 && p.terms.size() >= 2
                                 && ((reading[0].text.size() == 1 && reading[1].text.size() == 1 && !reading[1].prefix)
                                     || (isFullSyllable(reading[0]) && p.terms[1].front() == SearchTokenizer::SyllablePairMarker));
            if (first && implied) {
                p.terms.erase(p.terms.begin());
                p.skipped = 1;
            }
        };
        if (reading.empty() || !reading.back().prefix) {
            leaveOutImpliedFirst(phrase);
            addUnique(out, std::move(phrase));
            continue;
        }
        const PinyinParser::Unit &unfinished = reading.back();
        if (reading.size() == 1) {  // the syllable alone: each completion is a cheap one-term phrase
            for (const std::string_view completion : PinyinParser::instance().completions(unfinished.text))
                addUnique(out, MatchPhrase{{withMarker(SearchTokenizer::PinyinMarker, completion)}, false, {}, 0});
            continue;
        }
        const PinyinParser::Unit &before = reading[reading.size() - 2];
        if (isFullSyllable(before)) {
            // "=yuan'xia"* reaches only the few pairs yuan'xia, yuan'xian, yuan'xiang, yuan'xiao.
            phrase.terms.push_back(syllablePair(before, unfinished.text));
            phrase.prefix = true;
        } else {
            // After an initial there is no such pair: the pair of initials keeps the position,
            // and one of the syllables the unit may become must be in the row.
            phrase.terms.push_back(initialPair(before, unfinished));
            for (const std::string_view completion : PinyinParser::instance().completions(unfinished.text))
                phrase.alsoOneOf.push_back(withMarker(SearchTokenizer::PinyinMarker, completion));
        }
        leaveOutImpliedFirst(phrase);
        addUnique(out, std::move(phrase));
    }
    return out;
}

std::vector<MatchPhrase> piecesAlternatives(const std::vector<Piece> &pieces)
{
    std::vector<MatchPhrase> combined{MatchPhrase{}};
    for (size_t i = 0; i < pieces.size(); ++i) {
        const bool last = i + 1 == pieces.size();
        const std::vector<MatchPhrase> options =
            pieces[i].han ? std::vector<MatchPhrase>{MatchPhrase{{pieces[i].text}, false, {}, 0}} : wordAlternatives(pieces[i].text, last, i == 0);
        std::vector<MatchPhrase> next;
        for (const MatchPhrase &head : combined) {
            for (const MatchPhrase &option : options) {
                if (next.size() >= MaxAlternatives)
                    break;
                MatchPhrase phrase = head;
                phrase.terms.insert(phrase.terms.end(), option.terms.begin(), option.terms.end());
                phrase.prefix = option.prefix;
                phrase.alsoOneOf.insert(phrase.alsoOneOf.end(), option.alsoOneOf.begin(), option.alsoOneOf.end());
                if (head.terms.empty())
                    phrase.skipped = option.skipped;
                next.push_back(std::move(phrase));
            }
        }
        combined = std::move(next);
    }
    std::vector<MatchPhrase> out;
    for (MatchPhrase &phrase : combined)
        addUnique(out, std::move(phrase));
    return out;
}

// The digits of a phone number as typed ("+86 138-1234-5678" → 13812345678), or nothing when
// the text holds anything but digits and phone punctuation.
std::optional<std::string> phoneDigits(const QString &text)
{
    std::string digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.push_back(char(c.unicode()));
        else if (!c.isSpace() && !QStringLiteral("+-()./").contains(c))
            return std::nullopt;
    }
    if (digits.empty())
        return std::nullopt;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QStringLiteral("+86")) && digits.size() > 2)
        digits.erase(0, 2);
    else if (trimmed.startsWith(QStringLiteral("0086")) && digits.size() > 4)
        digits.erase(0, 4);
    else if (digits.size() == 13 && digits.compare(0, 3, "861") == 0)
        digits.erase(0, 2);
    return digits;
}

MatchTerm phoneTerm(const std::string &digits)
{
    MatchTerm term;
    // Digits in names ("58同城") and e-mail addresses (QQ numbers) are words.
    addUnique(term.alternatives, MatchPhrase{{digits}, wordPrefixIsCheap(digits, false, false), {}, 0});
    // Phone numbers from four digits on: fewer would match a large share of all numbers.
    if (digits.size() >= size_t(SearchTokenizer::PhoneGram)) {
        MatchPhrase grams;
        for (size_t k = 0; k + SearchTokenizer::PhoneGram <= digits.size(); ++k)
            grams.terms.push_back(withMarker(SearchTokenizer::PhoneMarker, std::string_view(digits).substr(k, SearchTokenizer::PhoneGram)));
        addUnique(term.alternatives, std::move(grams));
    }
    return term;
}

// The words of a complete e-mail local part ("zhang.wei" → zhang wei), as the index holds them.
MatchPhrase localPartPhrase(std::string_view local)
{
    MatchPhrase phrase;
    std::string word;
    for (const char c : local) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || uint8_t(c) >= 0x80) {
            word.push_back(c);
        } else if (!word.empty()) {
            phrase.terms.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        phrase.terms.push_back(std::move(word));
    return phrase;
}

// An e-mail domain as typed: matched exactly once it ends with a generic label ("qq.com",
// "huawei.com.cn"), else as the beginning of domains.
MatchPhrase domainPhrase(const std::string &domain)
{
    const size_t dot = domain.rfind('.');
    const bool complete = dot != std::string::npos && SearchTokenizer::isGenericDomainLabel(std::string_view(domain).substr(dot + 1));
    return MatchPhrase{{withMarker(SearchTokenizer::DomainMarker, domain)}, !complete, {}, 0};
}

MatchTerm textTerm(const QString &text)
{
    MatchTerm term;
    const std::string folded = SearchTokenizer::foldWord(text.toStdString());
    const size_t at = folded.find('@');
    static const QRegularExpression dotted(QStringLiteral("\\w\\.\\w"), QRegularExpression::UseUnicodePropertiesOption);
    if (at != std::string::npos) {
        // Part of an e-mail address: the address begins with it, or "@domain".
        if (at > 0 && at + 1 == folded.size()) {
            // "sales@": the local part is complete. As a prefix of whole addresses it would merge
            // every sales@… address; its words, as the index holds them, are exact instead.
            if (MatchPhrase local = localPartPhrase(std::string_view(folded).substr(0, at)); !local.terms.empty())
                addUnique(term.alternatives, std::move(local));
        } else if (at > 0) {
            addUnique(term.alternatives, MatchPhrase{{withMarker(SearchTokenizer::AddressMarker, folded)}, true, {}, 0});
        } else if (folded.size() > 1 && folded.find('@', 1) == std::string::npos) {
            addUnique(term.alternatives, domainPhrase(folded.substr(1)));
        }
        return term;
    }
    if (text.contains(dotted)) {
        // "zhang.wei", "qq.com", "dacheng-pharma.com": the beginning of an address or a domain.
        // Not pinyin: read as syllables, dotted words expand into many rare alternatives that
        // cost more than every other kind of query (measured by guanxi-bench at 1M).
        addUnique(term.alternatives, MatchPhrase{{withMarker(SearchTokenizer::AddressMarker, folded)}, true, {}, 0});
        addUnique(term.alternatives, domainPhrase(folded));
        return term;
    }
    for (MatchPhrase &phrase : piecesAlternatives(piecesOf(text.toStdString())))
        addUnique(term.alternatives, std::move(phrase));
    return term;
}

QString quoted(const std::vector<std::string> &terms, bool prefix)
{
    std::string joined;
    for (const std::string &term : terms) {
        if (!joined.empty())
            joined += ' ';
        joined += term;
    }
    QString text = QString::fromStdString(joined);
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
}

QString phraseExpression(const MatchPhrase &phrase)
{
    const QString main = quoted(phrase.terms, phrase.prefix);
    if (phrase.alsoOneOf.empty())
        return main;
    QStringList anyOf;
    for (const std::string &term : phrase.alsoOneOf)
        anyOf.append(quoted({term}, false));
    return QLatin1Char('(') + main + QStringLiteral(" AND (") + anyOf.join(QStringLiteral(" OR ")) + QStringLiteral("))");
}

QString termExpression(const MatchTerm &term)
{
    QStringList alternatives;
    for (const MatchPhrase &phrase : term.alternatives)
        alternatives.append(phraseExpression(phrase));
    const QString joined = alternatives.join(QStringLiteral(" OR "));
    return alternatives.size() > 1 ? QLatin1Char('(') + joined + QLatin1Char(')') : joined;
}

}  // namespace

SearchQuery parseSearchQuery(const QString &userQuery)
{
    QString text = userQuery.normalized(QString::NormalizationForm_KC);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    SearchQuery query;
    // Only digits and phone punctuation: one phone number, however it is spaced.
    static const QRegularExpression phoneLike(QStringLiteral("^[\\s0-9+\\-().]*[0-9][\\s0-9+\\-().]*$"));
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    if (text.trimmed().contains(whitespace) && phoneLike.match(text).hasMatch()) {
        if (const auto digits = phoneDigits(text); digits && digits->size() >= size_t(SearchTokenizer::MinPhoneDigits)) {
            query.terms.push_back(phoneTerm(*digits));
            return query;
        }
    }
    for (const QString &word : text.split(whitespace, Qt::SkipEmptyParts)) {
        if (int(query.terms.size()) == MaxQueryTerms)
            break;
        MatchTerm term;
        if (const auto digits = phoneDigits(word))
            term = phoneTerm(*digits);
        else
            term = textTerm(word);
        if (!term.alternatives.empty())
            query.terms.push_back(std::move(term));
    }
    return query;
}

QString matchExpression(const SearchQuery &query)
{
    QStringList parts;
    for (const MatchTerm &term : query.terms)
        parts.append(termExpression(term));
    return parts.join(QStringLiteral(" AND "));
}

QString phraseTerms(const SearchQuery &query)
{
    QStringList terms;
    for (size_t i = 0; i < query.terms.size(); ++i) {
        for (const MatchPhrase &phrase : query.terms[i].alternatives) {
            terms.append(QString::number(i) + (phrase.skipped ? QStringLiteral("+%1").arg(phrase.skipped) : QString()));
            for (size_t k = 0; k < phrase.alsoOneOf.size(); ++k)
                terms.append(QStringLiteral("-1"));
        }
    }
    return terms.join(QLatin1Char(','));
}

QString buildMatchExpression(const QString &userQuery)
{
    return matchExpression(parseSearchQuery(userQuery));
}

}  // namespace guanxi::search
