#include "ArgumentParser.h"

#include <algorithm>

namespace guanxi::cli {

bool ParsedArguments::has(const QString &name) const
{
    return std::any_of(options.begin(), options.end(), [&](const auto &option) { return option.first == name; });
}

std::optional<QString> ParsedArguments::value(const QString &name) const
{
    for (auto it = options.rbegin(); it != options.rend(); ++it)
        if (it->first == name)
            return it->second;
    return std::nullopt;
}

const OptionSpec *ArgumentParser::find(const QString &name) const
{
    for (const OptionSpec &option : m_options)
        if (option.name == name)
            return &option;
    return nullptr;
}

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        previous = current;
    }
    return previous[b.size()];
}

}  // namespace

QString ArgumentParser::suggestion(const QString &unknown) const
{
    QString best;
    int bestDistance = 3;
    for (const OptionSpec &option : m_options) {
        const int distance = option.name.startsWith(unknown) ? 0 : editDistance(unknown, option.name);
        if (distance < bestDistance) {
            best = option.name;
            bestDistance = distance;
        }
    }
    return best;
}

std::optional<ParsedArguments> ArgumentParser::parse(const QStringList &arguments, QString *error) const
{
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const bool looksLikeOption = !optionsEnded && argument.startsWith(QLatin1Char('-')) && argument.size() > 1;
        if (!looksLikeOption) {
            if (parsed.positionals.size() >= m_positionals.size()) {
                *error = tr("Unexpected argument “%1”.").arg(argument);
                return std::nullopt;
            }
            parsed.positionals.append(argument);
            continue;
        }
        QString name = argument.startsWith(QLatin1String("--")) ? argument.mid(2) : argument.mid(1);
        std::optional<QString> inlineValue;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (name == QLatin1String("h"))
            name = QStringLiteral("help");
        const OptionSpec *option = find(name);
        if (!option) {
            const QString close = suggestion(name);
            *error = close.isEmpty() ? tr("Unknown option “%1”.").arg(argument)
                                     : tr("Unknown option “%1”. Did you mean --%2?").arg(argument, close);
            return std::nullopt;
        }
        if (option->valueName.isEmpty()) {
            if (inlineValue) {
                *error = tr("The option --%1 takes no value.").arg(option->name);
                return std::nullopt;
            }
            parsed.options.append({option->name, QString()});
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= arguments.size()) {
                *error = tr("The option --%1 needs a value: --%1 %2.").arg(option->name, option->valueName);
                return std::nullopt;
            }
            inlineValue = arguments.at(++i);
        }
        parsed.options.append({option->name, *inlineValue});
    }
    if (parsed.has(QStringLiteral("help")))
        return parsed;  // the command prints its help; nothing else matters
    for (const OptionSpec &option : m_options) {
        if (option.required && !parsed.has(option.name)) {
            *error = tr("The option --%1 is required.").arg(option.name);
            return std::nullopt;
        }
    }
    if (parsed.positionals.size() < m_positionals.size()) {
        *error = tr("The argument %1 is missing.").arg(m_positionals.at(parsed.positionals.size()).name);
        return std::nullopt;
    }
    return parsed;
}

QString ArgumentParser::synopsis() const
{
    QStringList parts;
    for (const PositionalSpec &positional : m_positionals)
        parts.append(positional.name);
    int optional = 0;
    for (const OptionSpec &option : m_options) {
        if (option.name == QLatin1String("help"))
            continue;
        const QString text = QStringLiteral("--") + option.name
                             + (option.valueName.isEmpty() ? QString() : QLatin1Char(' ') + option.valueName);
        if (option.required)
            parts.append(text);
        else
            ++optional;
    }
    // Short optional lists are spelled out; long ones (every customer field) are summarised.
    if (optional > 0 && optional <= 5) {
        for (const OptionSpec &option : m_options)
            if (!option.required && option.name != QLatin1String("help"))
                parts.append(QStringLiteral("[--") + option.name
                             + (option.valueName.isEmpty() ? QString() : QLatin1Char(' ') + option.valueName)
                             + QLatin1Char(']'));
    } else if (optional > 5) {
        parts.append(tr("[options]"));
    }
    return parts.join(QLatin1Char(' '));
}

}  // namespace guanxi::cli
