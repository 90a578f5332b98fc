namespace HelmValues.Output;

/// <summary>How <see cref="AtomicFileBatch"/> makes a directory's new files survive a crash or a power loss.</summary>
internal enum Durability
{
    /// <summary>Nothing is flushed: each file is still replaced atomically, but the last writes may be lost in a crash.</summary>
    None,

    /// <summary>Each new file is fsynced before its rename, and each directory after its renames: flushes this write's data only.</summary>
    EachFile,

    /// <summary>
    /// The file system of each directory is flushed once before the renames and once after (<c>syncfs</c>, Linux only): a
    /// third of the journal commits of <see cref="EachFile"/>, but it also flushes whatever else is pending on that file
    /// system, which only a write of many directories (<see cref="OutputWriter.WriteAll"/>) can afford.
    /// </summary>
    FileSystem,
}
