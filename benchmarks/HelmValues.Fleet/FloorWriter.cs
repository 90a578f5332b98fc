using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace HelmValues.Fleet;

/// <summary>
/// Writes the floor's files: each directory created once, each file created and written (and flushed to disk with
/// <see cref="FleetOptions.FlushToDisk"/>), in parallel as HelmValues does. No temporary files, renames or directory flushes:
/// the least any writer of these bytes does, so the ratio is an upper bound of HelmValues' overhead.
/// </summary>
public static class FloorWriter
{
    /// <summary>Writes <see cref="FleetOptions.Stacks"/> stacks below <paramref name="directory"/>.</summary>
    /// <param name="options">How many, and whether to flush.</param>
    /// <param name="directory">The output root.</param>
    public static void Run(FleetOptions options, string directory)
    {
        Parallel.For(
            0,
            options.Stacks,
            new ParallelOptions { MaxDegreeOfParallelism = FleetOptions.Parallelism },
            index =>
            {
                var root = Path.Combine(directory, FleetNames.Namespace(index));
                Directory.CreateDirectory(Path.Combine(root, "manifests"));
                foreach (var (path, content) in FloorFiles.Of(index))
                {
                    using var handle = File.OpenHandle(Path.Combine(root, path), FileMode.CreateNew, FileAccess.Write, FileShare.Read);
                    RandomAccess.Write(handle, Encoding.UTF8.GetBytes(content), 0);
                    if (options.FlushToDisk)
                    {
                        RandomAccess.FlushToDisk(handle);
                    }
                }
            }
        );
    }
}
