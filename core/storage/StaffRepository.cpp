#include "StaffRepository.h"

namespace guanxi {

namespace {

const TableMapping<Staff> staffTable{
    QStringLiteral("staff"),
    {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("active")},
    [](const Staff &s) -> QVariantList { return {s.name, s.email, s.phone, s.active ? 1 : 0}; },
    [](const QSqlQuery &q, int i, Staff &s) {
        s.name = q.value(i).toString();
        s.email = q.value(i + 1).toString();
        s.phone = q.value(i + 2).toString();
        s.active = q.value(i + 3).toInt() != 0;
    }};

}  // namespace

StaffRepository::StaffRepository(Workspace &workspace) : m_store(workspace, staffTable) {}

Result<Staff> StaffRepository::create(Staff staff)
{
    return m_store.create(std::move(staff));
}

Result<Staff> StaffRepository::update(Staff staff)
{
    return m_store.update(std::move(staff));
}

Status StaffRepository::remove(const QString &id)
{
    return m_store.remove(id);
}

Status StaffRepository::restore(const QString &id)
{
    return m_store.restore(id);
}

Result<Staff> StaffRepository::get(const QString &id)
{
    return m_store.get(id, tr("There is no team member with id %1.").arg(id));
}

Result<QList<Staff>> StaffRepository::list()
{
    return m_store.select(QStringLiteral("1"), {}, QStringLiteral("active DESC, name"));
}

Result<Staff> StaffRepository::findByName(const QString &name)
{
    const QString wanted = name.simplified();
    auto found = m_store.select(QStringLiteral("name = ? COLLATE NOCASE"), {wanted}, QStringLiteral("seq"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no team member called “%1”.").arg(wanted));
    return found->first();
}

Result<Staff> StaffRepository::findOrCreate(const QString &name)
{
    auto found = findByName(name);
    if (found || found.error().code != ErrorCode::NotFound)
        return found;
    Staff staff;
    staff.name = name;
    return create(staff);
}

}  // namespace guanxi
