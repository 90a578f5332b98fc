namespace HelmValues.Tool.Tests.Lsp;

/// <summary>One diagnostic a language server published, as the editor would show it.</summary>
/// <param name="Line">0-based line of the range's start, as LSP counts.</param>
/// <param name="Character">0-based UTF-16 offset of the range's start in that line.</param>
/// <param name="Message">The text the editor shows.</param>
/// <param name="Severity">LSP <c>DiagnosticSeverity</c>: 1 error, 2 warning, 3 information, 4 hint; 0 when the server left it out.</param>
internal sealed record LspDiagnostic(int Line, int Character, string Message, int Severity);
