#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace guanxi::cli {

struct OptionSpec {
    QString name;         // "name" for --name
    QString valueName;    // "NAME"; empty for a flag
    QString description;  // translated
    bool required = false;
};

struct PositionalSpec {
    QString name;         // "ID", shown in the usage line
    QString description;  // translated
};

// What a command line said, in the order it said it.
struct ParsedArguments {
    QList<QPair<QString, QString>> options;  // (name, value); flags have an empty value
    QStringList positionals;

    bool has(const QString &name) const;
    // The last value given for the option.
    std::optional<QString> value(const QString &name) const;
};

// A small getopt for guanxi-cli's sub-commands: "--name VALUE", "--name=VALUE", flags, "--"
// ending the options, and messages that name the argument at fault (in the user's language).
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ArgumentParser(QList<OptionSpec> options, QList<PositionalSpec> positionals)
        : m_options(std::move(options)), m_positionals(std::move(positionals))
    {
    }

    // The parsed arguments, or the translated reason they cannot be parsed.
    std::optional<ParsedArguments> parse(const QStringList &arguments, QString *error) const;

    // "--name NAME [--phone PHONE] [--json]" and "ID", for usage lines.
    QString synopsis() const;
    const QList<OptionSpec> &options() const { return m_options; }
    const QList<PositionalSpec> &positionals() const { return m_positionals; }

private:
    const OptionSpec *find(const QString &name) const;
    QString suggestion(const QString &unknown) const;

    QList<OptionSpec> m_options;
    QList<PositionalSpec> m_positionals;
};

}  // namespace guanxi::cli
