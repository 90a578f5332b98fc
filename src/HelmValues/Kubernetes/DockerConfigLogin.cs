using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using k8s.Models;

namespace HelmValues.Kubernetes;

/// <summary>The registry, user name and e-mail of the first entry of a docker config's <c>auths</c>.</summary>
internal readonly record struct DockerConfigLogin(string Server, string Username, string? Email)
{
    /// <summary>What a Secret's command needs of its <c>.dockerconfigjson</c>, read in one pass.</summary>
    /// <param name="NamesNoRegistry">True for a JSON object whose <c>auths</c> is an empty object (<c>{"auths":{}}</c>).</param>
    /// <param name="Login">The first registry's login, or null when the text is not JSON or names none that can be read.</param>
    /// <param name="IsObject">True when the text is JSON (all of it) and a JSON object: what a docker config Secret must hold.</param>
    internal readonly record struct Summary(bool NamesNoRegistry, DockerConfigLogin? Login, bool IsObject = false);

    /// <summary>
    /// Reads <paramref name="json"/> as <c>System.Text.Json</c>'s document would judge it, without making one: invalid JSON
    /// (anywhere, trailing text included) gives neither answer; a key written twice counts with its last value, as
    /// <c>JsonElement.TryGetProperty</c> finds it; a <c>username</c> or <c>email</c> that is neither a string nor null
    /// gives no login. Every pull Secret of every stack comes here, so no document and no pooled buffers are made.
    /// </summary>
    public static Summary Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return default;
            }

            var summary = default(Summary);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isAuths = reader.ValueTextEquals("auths"u8);
                reader.Read();
                if (isAuths)
                {
                    summary = ReadAuths(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }

            // The root object's end: nothing may follow it.
            return reader.Read() ? default : summary with { IsObject = true };
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>
    /// Reads the docker config under <paramref name="key"/> as the API server stores the Secret: <c>stringData</c>'s value,
    /// else <c>data</c>'s; nothing when neither has the key.
    /// </summary>
    public static Summary Read(V1Secret secret, string key) =>
        secret.StringData?.TryGetValue(key, out var text) == true ? Read(text ?? "")
        : secret.Data?.TryGetValue(key, out var bytes) == true ? Read(bytes)
        : default;

    // Encoded into a pooled buffer, not a new array per Secret (every pull Secret of every stack comes here), and cleared
    // after: the text is a credential.
    private static Summary Read(string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            return Read(buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    // The reader is at the value of "auths"; it is left at that value's last token.
    private static Summary ReadAuths(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return default;
        }

        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            return new Summary(NamesNoRegistry: true, Login: null);
        }

        var server = TryGetText(ref reader, out var name) ? name : null;
        reader.Read();
        var login = ReadEntry(ref reader, server);

        // The other registries are skipped, but must still be JSON.
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            reader.Read();
            reader.Skip();
        }

        return new Summary(NamesNoRegistry: false, login);
    }

    // The reader is at the first registry's value; it is left at that value's last token.
    private static DockerConfigLogin? ReadEntry(ref Utf8JsonReader reader, string? server)
    {
        if (reader.TokenType != JsonTokenType.StartObject || server is null)
        {
            reader.Skip();
            return null;
        }

        // Each key counts with its last value. A missing or null username is "", a missing or null e-mail none (as GetString
        // gives them); any other kind, or text that is not UTF-8, makes the entry unreadable, as GetString throws for it.
        string username = "";
        string? email = null;
        bool usernameReadable = true,
            emailReadable = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isUsername = reader.ValueTextEquals("username"u8);
            var isEmail = !isUsername && reader.ValueTextEquals("email"u8);
            reader.Read();

            // Only these two become strings: the password and auth (credentials) stay bytes.
            if (isUsername)
            {
                usernameReadable = TryGetText(ref reader, out var text);
                username = text ?? "";
            }
            else if (isEmail)
            {
                emailReadable = TryGetText(ref reader, out email);
            }

            reader.Skip();
        }

        return usernameReadable && emailReadable ? new DockerConfigLogin(server, username, email) : null;
    }

    // The string (or null) at the reader, as JsonElement.GetString gives it; false where that throws: another kind of
    // value, or text that is not UTF-8 (which the reader leaves to GetString to find).
    private static bool TryGetText(ref Utf8JsonReader reader, out string? text)
    {
        text = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            return false;
        }

        try
        {
            text = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
