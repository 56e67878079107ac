using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsFacts.Api.Data;

/// <summary>
/// Timestamps are stored as UTC text without an offset (SQLite has no time zone type). Read back they would be of
/// unspecified kind and go on the wire without a 'Z', which a browser takes for local time; this marks them UTC again.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
