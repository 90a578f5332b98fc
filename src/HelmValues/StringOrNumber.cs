using System;
using System.Globalization;

namespace HelmValues;

/// <summary>
/// A value the schema allows to be a string or a number (<c>type: [string, number]</c>, <c>x-kubernetes-int-or-string</c>).
/// It remembers which one it is, so <c>1</c> is written as the number 1 and <c>"1"</c> as the string "1".
/// </summary>
public readonly struct StringOrNumber : IEquatable<StringOrNumber>
{
    private readonly string? _string;
    private readonly double _number;

    private StringOrNumber(string? text, double number, StringOrNumberKind kind)
    {
        _string = text;
        _number = number;
        Kind = kind;
    }

    /// <summary>Which of the three it is.</summary>
    public StringOrNumberKind Kind { get; }

    /// <summary>The string value, when <see cref="Kind"/> is <see cref="StringOrNumberKind.String"/>.</summary>
    public string? String => Kind == StringOrNumberKind.String ? _string ?? "" : null;

    /// <summary>The integer value, when <see cref="Kind"/> is <see cref="StringOrNumberKind.Integer"/>.</summary>
    public long? Integer => Kind == StringOrNumberKind.Integer ? (long)_number : null;

    /// <summary>The number value, when <see cref="Kind"/> is <see cref="StringOrNumberKind.Number"/>.</summary>
    public double? Number => Kind == StringOrNumberKind.Number ? _number : null;

    /// <summary>A string.</summary>
    /// <param name="value">The string.</param>
    public static StringOrNumber FromString(string value) =>
        new(value ?? throw new ArgumentNullException(nameof(value)), 0, StringOrNumberKind.String);

    /// <summary>An integer.</summary>
    /// <param name="value">The integer.</param>
    public static StringOrNumber FromInteger(long value) => new(null, value, StringOrNumberKind.Integer);

    /// <summary>A floating-point number.</summary>
    /// <param name="value">The number.</param>
    public static StringOrNumber FromNumber(double value) => new(null, value, StringOrNumberKind.Number);

    /// <summary>A string.</summary>
    /// <param name="value">The string.</param>
    public static implicit operator StringOrNumber(string value) => FromString(value);

    /// <summary>An integer.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator StringOrNumber(int value) => FromInteger(value);

    /// <summary>An integer.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator StringOrNumber(long value) => FromInteger(value);

    /// <summary>A floating-point number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator StringOrNumber(double value) => FromNumber(value);

    /// <summary>The value as text: the string itself, or the number in invariant culture.</summary>
    public override string ToString() =>
        Kind switch
        {
            StringOrNumberKind.String => _string ?? "",
            StringOrNumberKind.Integer => ((long)_number).ToString(CultureInfo.InvariantCulture),
            _ => _number.ToString("R", CultureInfo.InvariantCulture),
        };

    /// <inheritdoc/>
    public bool Equals(StringOrNumber other) =>
        Kind == other.Kind && string.Equals(_string, other._string, StringComparison.Ordinal) && _number.Equals(other._number);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StringOrNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _string, _number);

    /// <summary>Value equality.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(StringOrNumber left, StringOrNumber right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(StringOrNumber left, StringOrNumber right) => !left.Equals(right);
}

/// <summary>What a <see cref="StringOrNumber"/> holds.</summary>
public enum StringOrNumberKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>An integer.</summary>
    Integer,

    /// <summary>A floating-point number.</summary>
    Number,
}
