using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>Which constraint refused a write, on either provider, so repositories can report races as outcomes.</summary>
internal static class DbConstraint
{
    private const int SqliteUnique = 2067;      // SQLITE_CONSTRAINT_UNIQUE
    private const int SqlitePrimaryKey = 1555;  // SQLITE_CONSTRAINT_PRIMARYKEY
    private const int SqliteForeignKey = 787;   // SQLITE_CONSTRAINT_FOREIGNKEY

    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException { SqliteExtendedErrorCode: SqliteUnique or SqlitePrimaryKey } => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };

    public static bool IsForeignKeyViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException { SqliteExtendedErrorCode: SqliteForeignKey } => true,
        PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } => true,
        _ => false,
    };
}
