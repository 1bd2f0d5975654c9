#pragma once

#include "domain/Enums.h"

#include <QComboBox>

#include <optional>

namespace guanxi {

// Combo boxes over one of the domain enums: the item data is the stable code, the text the
// translated label. `leading` is an optional first item without a value ("All tiers", "—").
class EnumCombo
{
public:
    // Fills the combo, or — when it is already filled — relabels it in the current language
    // keeping the selection (call again on QEvent::LanguageChange).
    template<typename E> static void fill(QComboBox *combo, const QString &leading = {})
    {
        const QList<E> values = enumValues<E>();
        const int offset = leading.isEmpty() ? 0 : 1;
        if (combo->count() == values.size() + offset) {
            if (offset)
                combo->setItemText(0, leading);
            for (int i = 0; i < values.size(); ++i)
                combo->setItemText(i + offset, enumLabel(values.at(i)));
            return;
        }
        combo->clear();
        if (offset)
            combo->addItem(leading, QString());
        for (E value : values)
            combo->addItem(enumLabel(value), enumCode(value));
    }

    template<typename E> static std::optional<E> value(const QComboBox *combo)
    {
        return enumFromCode<E>(combo->currentData().toString());
    }

    template<typename E> static void setValue(QComboBox *combo, std::optional<E> value)
    {
        const int index = combo->findData(value ? enumCode(*value) : QString());
        combo->setCurrentIndex(qMax(0, index));
    }
};

} // namespace guanxi
