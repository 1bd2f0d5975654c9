#pragma once

#include "domain/Enums.h"

#include <QIcon>

namespace guanxi {

// The icon of each interaction channel (visit, call, e-mail, chat, meeting, other).
class ChannelIcons
{
public:
    static QIcon icon(InteractionChannel channel);
};

} // namespace guanxi
