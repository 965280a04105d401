namespace VideoPlatform.Application.Uploads;

public enum DigestAlgorithm
{
    Sha1,
    Sha256,
}

/// <summary>The digest a client promised for the bytes of one request.</summary>
public sealed record ExpectedDigest(DigestAlgorithm Algorithm, byte[] Value);

/// <summary>Bytes of a streamed upload to store from <paramref name="Offset"/> on; with a digest they are kept
/// only when all of them arrived and match it.</summary>
public sealed record StreamAppend(long Offset, ExpectedDigest? Digest);

public enum AppendStatus
{
    /// <summary>Every byte of the body is stored and counted.</summary>
    Appended,

    /// <summary>The body was cut off; what arrived is kept when no digest was promised (it cannot be checked otherwise).</summary>
    Interrupted,
    WrongOffset,
    Busy,
    TooLong,
    DigestMismatch,
    Gone,
    NoSpace,
}

/// <summary>What became of an append, and the upload's offset after it (the bytes received in order from the start).</summary>
public sealed record AppendOutcome(AppendStatus Status, long Offset);
