namespace HelmValues.Charts;

/// <summary>
/// A place in the schema, as the location of its parent and its own key, made into a location (a JSON pointer fragment)
/// only when one is needed: for an error, or for the subschemas under it. A schema's keywords are thousands of places that
/// nearly always pass their check, so most are never spelled out.
/// </summary>
internal readonly struct SchemaPlace
{
    private readonly string _parent;
    private readonly string? _key;
    private readonly int _index;

    private SchemaPlace(string parent, string? key, int index)
    {
        _parent = parent;
        _key = key;
        _index = index;
    }

    /// <summary>The place at <paramref name="location"/>.</summary>
    public static implicit operator SchemaPlace(string location) => new(location, null, -1);

    /// <summary>The place of <paramref name="key"/> under <paramref name="parent"/>.</summary>
    public static SchemaPlace Child(string parent, string key) => new(parent, key, -1);

    /// <summary>The place of item <paramref name="index"/> under <paramref name="parent"/>.</summary>
    public static SchemaPlace Child(string parent, int index) => new(parent, null, index);

    /// <summary>The location.</summary>
    public override string ToString() =>
        _key is not null ? SchemaJson.Child(_parent, _key)
        : _index >= 0 ? SchemaJson.Child(_parent, _index)
        : _parent;
}
