using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace HelmValues.Tool.Tests.Lsp;

/// <summary>
/// JSON-RPC 2.0 messages over a pair of streams with LSP's base protocol framing: an ASCII <c>Content-Length</c> header,
/// a blank line, then that many bytes of UTF-8 JSON.
/// </summary>
internal sealed class JsonRpcConnection(Stream input, Stream output)
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Reads the next message, or null when the other side closed the stream.</summary>
    public async Task<JsonObject?> ReadAsync(CancellationToken cancellationToken)
    {
        var header = await ReadHeaderAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var body = new byte[ContentLength(header)];
        await input.ReadExactlyAsync(body, cancellationToken);
        return JsonNode.Parse(body) as JsonObject
            ?? throw new InvalidDataException("a JSON-RPC message that is not an object: " + Encoding.UTF8.GetString(body));
    }

    /// <summary>Writes one message; safe to call from several threads (replies to the server race with our own requests).</summary>
    public async Task WriteAsync(JsonObject message, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await output.WriteAsync(header, cancellationToken);
            await output.WriteAsync(body, cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    // Byte by byte: headers are a few dozen bytes, and reading ahead would swallow the start of the body.
    private async Task<byte[]?> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        var header = new List<byte>();
        var one = new byte[1];
        while (header is not [.., (byte)'\r', (byte)'\n', (byte)'\r', (byte)'\n'])
        {
            if (await input.ReadAsync(one, cancellationToken) == 0)
            {
                return header.Count == 0 ? null : throw new EndOfStreamException("the stream ended inside a message header");
            }

            header.Add(one[0]);
        }

        return [.. header];
    }

    private static int ContentLength(byte[] header)
    {
        foreach (var line in Encoding.ASCII.GetString(header).Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':');
            var whitespace = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
            if (
                colon > 0
                && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line[(colon + 1)..], whitespace, CultureInfo.InvariantCulture, out var length)
            )
            {
                return length;
            }
        }

        throw new InvalidDataException("a message header without a valid Content-Length: " + Encoding.ASCII.GetString(header));
    }
}
