using k8s.Models;

namespace HelmValues.Kubernetes;

/// <summary>The sources of a <c>Volume</c>, of which the API server allows one ("may not specify more than 1 volume type").</summary>
internal static class VolumeSources
{
    /// <summary>How many sources <paramref name="volume"/> sets (zero is allowed: Kubernetes then gives it an emptyDir).</summary>
    public static int Count(V1Volume volume)
    {
        // Listed by hand rather than found by reflection: the Kubernetes 1.35 definitions name exactly these.
        object?[] sources =
        [
            volume.AwsElasticBlockStore,
            volume.AzureDisk,
            volume.AzureFile,
            volume.Cephfs,
            volume.Cinder,
            volume.ConfigMap,
            volume.Csi,
            volume.DownwardAPI,
            volume.EmptyDir,
            volume.Ephemeral,
            volume.Fc,
            volume.FlexVolume,
            volume.Flocker,
            volume.GcePersistentDisk,
            volume.GitRepo,
            volume.Glusterfs,
            volume.HostPath,
            volume.Image,
            volume.Iscsi,
            volume.Nfs,
            volume.PersistentVolumeClaim,
            volume.PhotonPersistentDisk,
            volume.PortworxVolume,
            volume.Projected,
            volume.Quobyte,
            volume.Rbd,
            volume.ScaleIO,
            volume.Secret,
            volume.Storageos,
            volume.VsphereVolume,
        ];
        var count = 0;
        foreach (var source in sources)
        {
            if (source is not null)
            {
                count++;
            }
        }

        return count;
    }
}
