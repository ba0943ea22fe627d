namespace Kgen.Generator.Bootstrap;

/// <summary>
/// The values of the bootstrap documents known only when the node boots, as placeholders the generator
/// writes into the YAML and the user-data's <c>fill_config</c> replaces (from the instance metadata, the
/// config store and the load balancer). Each is a whole double-quoted YAML scalar; <c>fill_config</c> only
/// puts in values of <c>[A-Za-z0-9.:_-]</c>, so a value can never leave its quotes.
/// </summary>
internal static class BootValues
{
    /// <summary>The node's name (the instance's private DNS name).</summary>
    public const string NodeName = "@@NODE_NAME@@";

    /// <summary>The node's private IPv4 address.</summary>
    public const string NodeIp = "@@NODE_IP@@";

    /// <summary>The bootstrap token a control-plane node made for its own init or join (never logged).</summary>
    public const string JoinToken = "@@JOIN_TOKEN@@";

    /// <summary>The <c>sha256:</c> hash of the cluster CA's public key.</summary>
    public const string CaCertHash = "@@CA_CERT_HASH@@";

    /// <summary>The API load balancer's own DNS name (looked up when the first node runs <c>kubeadm init</c>).</summary>
    public const string ApiLoadBalancerDns = "@@API_LB_DNS@@";

    /// <summary>The internal API load balancer's own DNS name, when the API has a public one besides (looked up with it).</summary>
    public const string ApiInternalLoadBalancerDns = "@@API_INTERNAL_LB_DNS@@";

    /// <summary>The instance's AWS account (from its instance profile's ARN in the instance metadata), for the workers' role ARN.</summary>
    public const string AccountId = "@@ACCOUNT_ID@@";
}
