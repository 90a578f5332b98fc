using EcrQuickstart;
using HelmValues.Output;

// Writes the ECR quickstart to ./out (--out DIR), or checks a committed copy (--check DIR): `--help` says more.
return new OutputCommandLine("dotnet run --project examples/EcrQuickstart --").Run(args, () => QuickstartStack.Create().ToOutput());
