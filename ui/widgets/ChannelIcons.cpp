#include "ChannelIcons.h"

#include "Icons.h"

namespace guanxi {

QIcon ChannelIcons::icon(InteractionChannel channel)
{
    return Icons::named(QStringLiteral("channel-") + enumCode(channel));
}

} // namespace guanxi
