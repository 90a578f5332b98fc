using System;

namespace HelmValues.Aws;

/// <summary>The AWS partitions HelmValues supports, and what differs between them.</summary>
internal static class AwsPartitions
{
    /// <summary>The partition of a region: <c>aws-cn</c> for <c>cn-*</c>, <c>aws-us-gov</c> for <c>us-gov-*</c>, else <c>aws</c>.</summary>
    public static string ForRegion(string region) =>
        region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
        : "aws";

    /// <summary>The DNS suffix of the partition's service endpoints (China has its own).</summary>
    public static string DnsSuffix(string partition) => partition == "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";
}
