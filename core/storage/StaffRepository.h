#pragma once

#include "RecordStore.h"
#include "Result.h"
#include "domain/Staff.h"

#include <QCoreApplication>

namespace guanxi {

class Workspace;

class StaffRepository
{
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)

public:
    explicit StaffRepository(Workspace &workspace);

    Result<Staff> create(Staff staff);
    Result<Staff> update(Staff staff);
    Status remove(const QString &id);
    Status restore(const QString &id);
    Result<Staff> get(const QString &id);
    // Active members first, by name.
    Result<QList<Staff>> list();
    // The live member with this exact name (case-insensitive), NotFound otherwise.
    Result<Staff> findByName(const QString &name);
    // findByName, or a new member with that name: how "--owner NAME" and imports name owners.
    Result<Staff> findOrCreate(const QString &name);

private:
    RecordStore<Staff> m_store;
};

}  // namespace guanxi
