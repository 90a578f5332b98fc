namespace HelmValues.PackageTests;

/// <summary>A console app's project that references the packed package, in a folder of its own, restored offline.</summary>
internal static class ConsumerProject
{
    /// <summary>
    /// Writes <c><paramref name="name"/>.csproj</c> into <paramref name="directory"/> (net10.0, warnings as errors, the package
    /// just packed, plus <paramref name="property"/> and <paramref name="item"/>, each one element or empty), with a NuGet.config
    /// whose restore is offline into <paramref name="packagesFolder"/> (<see cref="OfflineFeed"/>); returns the project's path.
    /// </summary>
    public static string Write(string directory, string name, string packagesFolder, string property = "", string item = "")
    {
        var project = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(
            project,
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- Offline: no source can answer an audit. -->
                <NuGetAudit>false</NuGetAudit>
                {property}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="HelmValues" Version="{PackedPackage.Version}" />
                {item}
              </ItemGroup>
            </Project>

            """
        );
        OfflineFeed.WriteNuGetConfig(directory, packagesFolder);
        // Stop MSBuild looking above the temporary folder for the build files of whatever holds it.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        return project;
    }
}
