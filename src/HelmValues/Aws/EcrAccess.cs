namespace HelmValues.Aws;

/// <summary>What a role may do with an ECR repository.</summary>
public enum EcrAccess
{
    /// <summary>Pull images: <c>ecr:BatchGetImage</c>, <c>ecr:GetDownloadUrlForLayer</c>, <c>ecr:BatchCheckLayerAvailability</c>.</summary>
    Pull,

    /// <summary>Pull, and push: <c>ecr:InitiateLayerUpload</c>, <c>ecr:UploadLayerPart</c>, <c>ecr:CompleteLayerUpload</c>, <c>ecr:PutImage</c>.</summary>
    PullAndPush,
}
