using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using HelmValues.Testing;

namespace HelmValues.Tool.Tests.Lsp;

/// <summary>
/// The real yaml-language-server (what VS Code's YAML extension runs), started with node and driven over stdio as an editor
/// drives it, so a test sees the diagnostics a user would see for a values file.
/// </summary>
/// <remarks>
/// The server comes from <c>tests/HelmValues.Tool.Tests/lsp-server</c>, pinned by its package-lock.json and installed by
/// <see cref="InstallCommand"/>. It runs offline: the schema store is off, and the schema is a <c>file://</c> modeline.
/// </remarks>
internal sealed class LanguageServerProcess : IAsyncDisposable
{
    /// <summary>What installs the server; CI runs it before <c>dotnet test</c>.</summary>
    public const string InstallCommand = "npm ci --prefix tests/HelmValues.Tool.Tests/lsp-server --no-audit --no-fund";

    // From starting node to the diagnostics of the opened document; a cold start takes about a second.
    private static readonly TimeSpan DiagnoseTimeout = TimeSpan.FromSeconds(30);

    // How long no further publication must follow the last one before it counts as the answer. yaml-language-server 1.x
    // publishes without a document version. It pulls its settings twice (on `initialized` and on didChangeConfiguration)
    // and revalidates open documents after each, 200 ms after the last trigger (its validationDelayMs); if the second pull
    // lands after didOpen, a second publication can replace the first, and half a second of quiet covers that.
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);

    private const int OpenedVersion = 1;

    // The `yaml` settings section, as VS Code's settings.json would hold it. The schema store is off so nothing is fetched
    // from the network; hover, completion and formatting are off because the test only reads diagnostics.
    private static readonly JsonObject YamlSettings = new()
    {
        ["validate"] = true,
        ["schemaStore"] = new JsonObject { ["enable"] = false },
        ["kubernetesCRDStore"] = new JsonObject { ["enable"] = false },
        ["hover"] = false,
        ["completion"] = false,
        ["format"] = new JsonObject { ["enable"] = false },
    };

    private readonly Process _process;
    private readonly JsonRpcConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly Channel<Publication> _published = Channel.CreateUnbounded<Publication>();
    private readonly TaskCompletionSource _settingsServed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StringBuilder _log = new();
    private readonly Task _reading;
    private int _nextId;
    private string _waitingFor = "to start";

    private LanguageServerProcess(Process process)
    {
        _process = process;
        _connection = new JsonRpcConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        process.ErrorDataReceived += (_, e) => Log("stderr", e.Data);
        process.BeginErrorReadLine();
        _reading = Task.Run(ReadLoopAsync);
    }

    /// <summary>The path of the server's entry script under <c>node_modules</c>.</summary>
    public static string ServerScript { get; } =
        Repository.PathOf(
            "tests",
            "HelmValues.Tool.Tests",
            "lsp-server",
            "node_modules",
            "yaml-language-server",
            "bin",
            "yaml-language-server"
        );

    /// <summary>
    /// Starts a server, opens <paramref name="yamlText"/> as the document at <paramref name="documentPath"/> (which need not
    /// exist: the text is sent, as an editor sends its buffer) and returns the diagnostics the server publishes for it.
    /// </summary>
    /// <param name="yamlText">The document; it names its schema with a <c># yaml-language-server: $schema=file://…</c> modeline.</param>
    /// <param name="documentPath">Where the document lives, for its <c>file://</c> URI.</param>
    public static async Task<IReadOnlyList<LspDiagnostic>> DiagnoseAsync(string yamlText, string documentPath)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(documentPath);
        using var deadline = new CancellationTokenSource(DiagnoseTimeout);
        await using var server = Start();
        try
        {
            await server.InitializeAsync(deadline.Token);
            var diagnostics = await server.DiagnoseOpenedAsync(
                new Uri(Path.GetFullPath(documentPath)).AbsoluteUri,
                yamlText,
                deadline.Token
            );
            await server.ShutdownAsync(deadline.Token);
            return diagnostics;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"yaml-language-server did not finish with {documentPath} within {DiagnoseTimeout}: still waiting for it {server._waitingFor}.\n{server.LogText}"
            );
        }
    }

    /// <summary>Kills the server if a failure left it running (after <see cref="ShutdownAsync"/> it has exited).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        // Its output has ended, so the read loop ends by itself; the token is for a loop stuck mid-message.
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
            // Expected when the loop was cut off mid-message.
        }

        _process.Dispose();
        _stop.Dispose();
    }

    private string LogText
    {
        get
        {
            lock (_log)
            {
                return $"node {ServerScript} --stdio (exited: {_process.HasExited}) said:\n{_log}";
            }
        }
    }

    private static LanguageServerProcess Start()
    {
        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException(
                $"yaml-language-server is not installed ({ServerScript} is missing). From the repository root, run:\n  {InstallCommand}"
            );
        }

        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { ServerScript, "--stdio" },
            WorkingDirectory = Path.GetDirectoryName(ServerScript)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            return new LanguageServerProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start node"));
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("node (which runs yaml-language-server) is not on PATH: " + e.Message, e);
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // The capabilities a client must announce for this flow: `workspace.configuration`, because the server pulls its
        // settings with workspace/configuration (yaml-language-server ignores the settings in didChangeConfiguration and
        // pulls instead), and `publishDiagnostics`, because it pushes diagnostics (versionSupport: with the document's
        // version, if the server can).
        await RequestAsync(
            "initialize",
            new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["clientInfo"] = new JsonObject { ["name"] = "HelmValues.Tool.Tests" },
                ["rootUri"] = null,
                ["workspaceFolders"] = null,
                ["capabilities"] = new JsonObject
                {
                    ["workspace"] = new JsonObject
                    {
                        ["configuration"] = true,
                        ["didChangeConfiguration"] = new JsonObject { ["dynamicRegistration"] = false },
                    },
                    ["textDocument"] = new JsonObject
                    {
                        ["synchronization"] = new JsonObject { ["dynamicRegistration"] = false },
                        ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = false, ["versionSupport"] = true },
                    },
                },
            },
            cancellationToken
        );
        await NotifyAsync("initialized", new JsonObject(), cancellationToken);
        await NotifyAsync(
            "workspace/didChangeConfiguration",
            new JsonObject { ["settings"] = new JsonObject { ["yaml"] = YamlSettings.DeepClone() } },
            cancellationToken
        );

        // Open the document only once the server has pulled our settings, so that its first validation already runs with them.
        _waitingFor = "to ask for its settings (workspace/configuration)";
        await _settingsServed.Task.WaitAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<LspDiagnostic>> DiagnoseOpenedAsync(string uri, string text, CancellationToken cancellationToken)
    {
        await NotifyAsync(
            "textDocument/didOpen",
            new JsonObject
            {
                ["textDocument"] = new JsonObject
                {
                    ["uri"] = uri,
                    ["languageId"] = "yaml",
                    ["version"] = OpenedVersion,
                    ["text"] = text,
                },
            },
            cancellationToken
        );

        // A publication that carries the opened version is the answer. Without a version (yaml-language-server 1.x sends
        // none) the last publication wins once the server has been quiet for QuietPeriod: an empty first publication is
        // replaced by the real one, and an empty one that stays is the verdict on a good file.
        IReadOnlyList<LspDiagnostic>? latest = null;
        _waitingFor = "to publish diagnostics for " + uri;
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (latest is not null)
            {
                wait.CancelAfter(QuietPeriod);
            }

            try
            {
                var publication = await _published.Reader.ReadAsync(wait.Token);
                if (publication.Uri != uri)
                {
                    continue;
                }

                if (publication.Version == OpenedVersion)
                {
                    return publication.Diagnostics;
                }

                latest = publication.Diagnostics;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && latest is not null)
            {
                return latest;
            }
            catch (ChannelClosedException e)
            {
                throw new InvalidOperationException("yaml-language-server stopped before publishing diagnostics.\n" + LogText, e);
            }
        }
    }

    private async Task ShutdownAsync(CancellationToken cancellationToken)
    {
        await RequestAsync("shutdown", null, cancellationToken);
        await NotifyAsync("exit", null, cancellationToken);
        _waitingFor = "to exit after shutdown";
        await _process.WaitForExitAsync(cancellationToken);
    }

    private async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        _waitingFor = $"to answer {method}";
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        await _connection.WriteAsync(Message(id, method, parameters), cancellationToken);
        return await response.Task.WaitAsync(cancellationToken);
    }

    private Task NotifyAsync(string method, JsonNode? parameters, CancellationToken cancellationToken) =>
        _connection.WriteAsync(Message(null, method, parameters), cancellationToken);

    private static JsonObject Message(int? id, string method, JsonNode? parameters)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0" };
        if (id is not null)
        {
            message["id"] = id;
        }

        message["method"] = method;
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        return message;
    }

    private async Task ReadLoopAsync()
    {
        Exception? failure = null;
        try
        {
            while (await _connection.ReadAsync(_stop.Token) is { } message)
            {
                var method = (string?)message["method"];
                var id = message["id"];
                if (method is null && id is not null)
                {
                    CompleteRequest(message, (int)id);
                }
                else if (method is not null && id is not null)
                {
                    await _connection.WriteAsync(Answer(method, id, message["params"]), _stop.Token);
                }
                else if (method is not null)
                {
                    Receive(method, message["params"]);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Surfaces in whatever the test is waiting for, instead of in DisposeAsync where it would hide the first failure.
            failure = e;
        }
        finally
        {
            var exited = new IOException(
                (failure is null ? "yaml-language-server closed its output." : "could not read yaml-language-server: " + failure.Message)
                    + "\n"
                    + LogText,
                failure
            );
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(exited);
            }

            _settingsServed.TrySetException(exited);
            _published.Writer.TryComplete(exited);
        }
    }

    private void CompleteRequest(JsonObject response, int id)
    {
        if (!_pending.TryRemove(id, out var request))
        {
            return;
        }

        if (response["error"] is { } error)
        {
            request.TrySetException(
                new InvalidOperationException($"yaml-language-server answered request {id} with {error.ToJsonString()}\n{LogText}")
            );
        }
        else
        {
            request.TrySetResult(response["result"]);
        }
    }

    // Answers what the server asks of its client; an editor answers the same way.
    private JsonObject Answer(string method, JsonNode id, JsonNode? parameters)
    {
        var answer = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone() };
        switch (method)
        {
            case "workspace/configuration":
                // One result per requested section: our `yaml` settings, and null (nothing set) for the others it asks
                // for (`http`, `[yaml]`, `editor`).
                var items = parameters?["items"]?.AsArray() ?? [];
                answer["result"] = new JsonArray([
                    .. items.Select(item => (string?)item?["section"] == "yaml" ? YamlSettings.DeepClone() : null),
                ]);
                if (items.Any(item => (string?)item?["section"] == "yaml"))
                {
                    _settingsServed.TrySetResult();
                }

                break;
            case "client/registerCapability":
            case "client/unregisterCapability":
            case "window/workDoneProgress/create":
            case "workspace/codeLens/refresh":
                answer["result"] = null;
                break;
            default:
                Log("unanswered request", method);
                answer["error"] = new JsonObject { ["code"] = -32601, ["message"] = "the test client does not handle " + method };
                break;
        }

        return answer;
    }

    private void Receive(string method, JsonNode? parameters)
    {
        switch (method)
        {
            case "textDocument/publishDiagnostics":
                var diagnostics = (parameters?["diagnostics"]?.AsArray() ?? [])
                    .Select(d => new LspDiagnostic(
                        (int)d!["range"]!["start"]!["line"]!,
                        (int)d["range"]!["start"]!["character"]!,
                        (string)d["message"]!,
                        (int?)d["severity"] ?? 0
                    ))
                    .ToList();
                Log("publishDiagnostics", parameters?.ToJsonString());
                _published.Writer.TryWrite(new Publication((string)parameters!["uri"]!, (int?)parameters["version"], diagnostics));
                break;
            case "window/logMessage":
            case "window/showMessage":
                Log(method, (string?)parameters?["message"]);
                break;
        }
    }

    private sealed record Publication(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

    private void Log(string source, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Append(source).Append(": ").AppendLine(line);
        }
    }
}
