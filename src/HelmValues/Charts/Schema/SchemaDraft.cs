using System;

namespace HelmValues.Charts;

/// <summary>The JSON Schema drafts Helm's validator knows, in order.</summary>
internal enum SchemaDraft
{
    /// <summary>Draft 4 (<c>http://json-schema.org/draft-04/schema#</c>).</summary>
    Draft4 = 4,

    /// <summary>Draft 6.</summary>
    Draft6 = 6,

    /// <summary>Draft 7, the one most charts name.</summary>
    Draft7 = 7,

    /// <summary>Draft 2019-09.</summary>
    Draft2019 = 2019,

    /// <summary>Draft 2020-12, also what a schema without <c>$schema</c> gets.</summary>
    Draft2020 = 2020,
}

/// <summary>Reads the draft a <c>$schema</c> URI names.</summary>
internal static class SchemaDrafts
{
    /// <summary>
    /// The draft of <paramref name="uri"/> as santhosh-tekuri/jsonschema v6 reads it (<c>draftFromURL</c>): http or https,
    /// an empty fragment allowed, <c>json-schema.org/schema</c> for the latest. Null for any other URI (Helm would try to
    /// download it as a custom meta-schema).
    /// </summary>
    public static SchemaDraft? FromUri(string uri)
    {
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            if (hash != uri.Length - 1)
            {
                return null;
            }

            uri = uri[..hash];
        }

        var rest =
            uri.StartsWith("http://", StringComparison.Ordinal) ? uri["http://".Length..]
            : uri.StartsWith("https://", StringComparison.Ordinal) ? uri["https://".Length..]
            : uri;
        return rest switch
        {
            "json-schema.org/schema" => SchemaDraft.Draft2020,
            "json-schema.org/draft/2020-12/schema" => SchemaDraft.Draft2020,
            "json-schema.org/draft/2019-09/schema" => SchemaDraft.Draft2019,
            "json-schema.org/draft-07/schema" => SchemaDraft.Draft7,
            "json-schema.org/draft-06/schema" => SchemaDraft.Draft6,
            "json-schema.org/draft-04/schema" => SchemaDraft.Draft4,
            _ => null,
        };
    }
}
