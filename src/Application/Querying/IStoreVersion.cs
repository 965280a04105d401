namespace VideoPlatform.Application.Querying;

/// <summary>
/// Whether anything committed to the stores changed: the check that lets a front door answer a read again from
/// memory without ever answering it stale.
/// </summary>
public interface IStoreVersion
{
    /// <summary>
    /// A number that differs after every committed change to either store, whoever wrote it (this process,
    /// another instance, the old services, a shell); null when the store cannot tell cheaply, and then nothing
    /// may be answered from memory. Take it before reading: data read after it is at least that new.
    /// </summary>
    long? Current();
}
