using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>Which constraint refused a write, so repositories can report races as outcomes.</summary>
internal static class SqliteConstraint
{
    private const int Unique = 2067;      // SQLITE_CONSTRAINT_UNIQUE
    private const int PrimaryKey = 1555;  // SQLITE_CONSTRAINT_PRIMARYKEY
    private const int ForeignKey = 787;   // SQLITE_CONSTRAINT_FOREIGNKEY

    public static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is SqliteException { SqliteExtendedErrorCode: Unique or PrimaryKey };

    public static bool IsForeignKeyViolation(DbUpdateException e) =>
        e.InnerException is SqliteException { SqliteExtendedErrorCode: ForeignKey };
}
