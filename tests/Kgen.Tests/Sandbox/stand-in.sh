#!/bin/bash
# Recording stand-in for the commands a kgen user-data script runs on a node (apt-get, systemctl,
# kubeadm, kubectl, aws, curl, …). The sandbox tests install this file under each command's name
# in $KGEN_ROOT/usr/bin, which the script puts first on PATH. Every call is appended to
# $KGEN_SANDBOX/calls.log as one line: the command name and its arguments. Each command answers
# like the real one would on an EC2 instance, driven by files in $KGEN_SANDBOX/state:
#   api            "up", "down", or a number N: /readyz fails N more times, then answers
#   nodes          the Node names kubectl lists for a label selector (nothing kgen's scripts should ask for)
#   members        etcd "member list" output (default: one started member, ip-10-0-1-10 at 10.0.1.10)
#   instances      the private IPs of the pending or running control-plane instances describe-instances
#                  finds (default: 10.0.1.10)
#   unhealthy      the IPs whose etcd endpoint fails "endpoint health", one a line
#   node-ready     the Ready status kubectl reports for a Node (default: True)
#   join-fails     present when kubeadm join fails
#   tokens         the bootstrap tokens the API holds, one a line (kubeadm init and token create add,
#                  token delete removes)
#   fs-<device>    present when the device holds an ext4 file system
#   no-volume-<etcd>  present when describe-volumes finds no volume of that etcd cluster
#   owner-<etcd>   the instance a volume is attached to (attach-volume writes it)
#   mounted        the mount points mounted so far (mount writes it; mountpoint reads it)
#   restore-applied  the restore request kubectl reports in configmap kgen-etcd-restore
#   leader         "false" when this etcd member does not lead
#   csrs           the "name requester state" lines kubectl lists for kubelet-serving CSRs; csr-NAME its request
#   imds-fail      a number N: the next N metadata reads fail (as with an expired session token)
#   keys           "URL-PART FINGERPRINT" lines: gpg shows a downloaded key (its text names the URL) with the
#                  fingerprint of the first line whose URL-PART it contains
#   bad-signature  present when gpgv finds no good signature
#   pull-fails     present when crictl pull fails
# KGEN_SANDBOX_SLEEP makes sleep really sleep that long; KGEN_SANDBOX_JOINS names a file shared by
# several sandboxes where kubeadm join appends when it starts and ends (it takes a second).
set -uo pipefail
name=${0##*/}
sandbox=${KGEN_SANDBOX:?KGEN_SANDBOX is not set}
state="${sandbox}/state"
printf '%s\n' "$name $*" >> "${sandbox}/calls.log"

arg_after() { # FLAG ARGS...: the argument after FLAG
  local flag=$1
  shift
  while (($# > 0)); do
    if [[ "$1" == "$flag" ]]; then
      printf '%s' "${2:-}"
      return 0
    fi
    shift
  done
  return 1
}

case "$name" in
  curl)
    url=
    for a in "$@"; do
      if [[ "$a" == http* ]]; then url=$a; fi
    done
    out=$(arg_after -o "$@") || out=
    case "$url" in
      */latest/api/token) echo "imds-session-token" ;;
      */meta-data/*) if (($(cat "${state}/imds-fail" 2>/dev/null || echo 0) > 0)); then
          echo $(($(cat "${state}/imds-fail") - 1)) > "${state}/imds-fail"; echo "curl: (22) The requested URL returned error: 401" >&2; exit 22; fi ;;&
      */meta-data/instance-id) echo "${KGEN_FAKE_INSTANCE_ID:-i-0fake00000000001}" ;;
      */meta-data/local-hostname) echo "${KGEN_FAKE_HOSTNAME:-ip-10-0-1-10.ec2.internal}" ;;
      */meta-data/local-ipv4) echo "${KGEN_FAKE_IP:-10.0.1.10}" ;;
      */meta-data/placement/availability-zone) echo "${KGEN_FAKE_ZONE:-us-east-1a}" ;;
      */meta-data/placement/region) echo "us-east-1" ;;
      */meta-data/iam/info)
        printf '{\n  "Code" : "Success",\n  "InstanceProfileArn" : "arn:aws:iam::123456789012:instance-profile/%s",\n  "InstanceProfileId" : "AIPAEXAMPLE"\n}\n' \
          "${KGEN_FAKE_PROFILE:-masters.sandbox.k8s.local}" ;;
      */readyz)
        api=$(cat "${state}/api" 2>/dev/null || echo down)
        case "$api" in
          up) exit 0 ;;
          down) echo "curl: (7) Failed to connect to ${url#https://}" >&2; exit 7 ;;
          *)
            if ((api > 0)); then
              echo $((api - 1)) > "${state}/api"
              echo "curl: (7) Failed to connect to ${url#https://}" >&2
              exit 7
            fi
            exit 0 ;;
        esac ;;
      */kube-flannel.yml)
        printf '%s\n' 'kind: ConfigMap' '  net-conf.json: |' '    {' '      "Network": "10.244.0.0/16",' \
          '      "Backend": {' '        "Type": "vxlan"' '      }' '    }' > "$out" ;;
      *)
        if [[ -n "$out" ]]; then printf 'download of %s\n' "$url" > "$out"; fi ;;
    esac ;;
  aws)
    case "${1:-} ${2:-}" in
      "--version ") echo "aws-cli/2.0.0 Python/3 Linux/6 stand-in" ;;
      "ec2 describe-volumes")
        etcd=$(grep -o 'k8s.io/etcd/[a-z]*' <<<"$*" | head -n 1)
        etcd=${etcd#k8s.io/etcd/}
        if [[ -e "${state}/no-volume-${etcd}" ]]; then echo "None None None"; exit 0; fi
        owner=$(cat "${state}/owner-${etcd}" 2>/dev/null || echo None)
        echo "vol-0${etcd}0000000000 available ${owner}" ;;
      "ec2 attach-volume")
        vol=$(arg_after --volume-id "$@")
        etcd=${vol#vol-0}
        arg_after --instance-id "$@" > "${state}/owner-${etcd%%0*}"
        mkdir -p "${KGEN_ROOT}/dev/disk/by-id"
        touch "${KGEN_ROOT}/dev/nvme-${vol}"
        ln -sf "${KGEN_ROOT}/dev/nvme-${vol}" "${KGEN_ROOT}/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_${vol//-/}"
        echo '{"State": "attaching"}' ;;
      "ecr get-login-password") echo "ecr-password-of-the-sandbox" ;;
      "ec2 describe-instances") printf '%s\n' "$(cat "${state}/instances" 2>/dev/null || echo 10.0.1.10)" | tr '\n' '\t'; echo ;;
      "elbv2 describe-load-balancers")
        if [[ "$*" == *" --names api-internal-"* ]]; then echo "api-internal-sandbox-k8s-0123456789.elb.us-east-1.amazonaws.com"
        else echo "api-sandbox-k8s-local-0123456789.elb.us-east-1.amazonaws.com"; fi ;;
      "elb describe-load-balancers")
        if [[ "$*" == *" --load-balancer-names api-internal-"* ]]; then echo "internal-api-internal-sandbox-classic-0123456789.us-east-1.elb.amazonaws.com"
        else echo "api-sandbox-classic-0123456789.us-east-1.elb.amazonaws.com"; fi ;;
      *) ;;
    esac ;;
  blkid)
    dev=${*: -1}
    if [[ "${1:-}" == -p ]]; then
      if [[ -e "${state}/fs-${dev##*/}" ]]; then echo ext4; exit 0; fi
      exit 2
    fi
    echo "uuid-${dev##*/}" ;;
  mkfs.ext4) dev=${*: -1}; touch "${state}/fs-${dev##*/}" ;;
  mount) printf '%s\n' "${*: -1}" >> "${state}/mounted" ;;
  mountpoint) grep -qxF -- "${*: -1}" "${state}/mounted" 2>/dev/null || exit 1 ;;
  sleep) if [[ -n "${KGEN_SANDBOX_SLEEP:-}" ]]; then /bin/sleep "$KGEN_SANDBOX_SLEEP"; fi ;;
  kubeadm)
    case "$1 ${2:-}" in
      "config images") printf '%s\n' "registry.k8s.io/pause:3.10.1" "registry.k8s.io/etcd:3.6.5-0" ;;
      "init --config" | "join --config")
        cp "$3" "${sandbox}/kubeadm-$1.yaml"
        if [[ "$1" == join && -e "${state}/join-fails" ]]; then echo "error execution phase kubelet-start: timed out" >&2; exit 1; fi
        if [[ "$1" == init ]]; then sed -n 's/^  - token: "\(.*\)"$/\1/p' "$3" | cut -d. -f1 >> "${state}/tokens"; fi
        if [[ "$1" == init ]]; then
          # Like kubeadm, which prints the join command with the token unless --skip-token-print.
          token=$(sed -n 's/^[ -]*token: "\(.*\)"$/\1/p' "$3" | head -n 1)
          if [[ " $* " == *" --skip-token-print "* ]]; then token="<value withheld>"; fi
          echo "You can now join any number of machines by running: kubeadm join ${token:+api:443} --token ${token} --discovery-token-ca-cert-hash sha256:0"
        fi
        if [[ -n "${KGEN_SANDBOX_JOINS:-}" ]]; then
          echo "start ${KGEN_FAKE_HOSTNAME}" >> "$KGEN_SANDBOX_JOINS"
          /bin/sleep 1
          echo "end ${KGEN_FAKE_HOSTNAME}" >> "$KGEN_SANDBOX_JOINS"
        fi
        if [[ "$1" == init ]] || grep -q '^controlPlane:' "$3"; then
          mkdir -p "${KGEN_ROOT}/etc/kubernetes/manifests"
          echo "stand-in admin kubeconfig" > "${KGEN_ROOT}/etc/kubernetes/admin.conf"
          echo "stand-in kubelet kubeconfig" > "${KGEN_ROOT}/etc/kubernetes/kubelet.conf"
          echo "stand-in etcd pod" > "${KGEN_ROOT}/etc/kubernetes/manifests/etcd.yaml"
        fi ;;
      "reset --force") # what kubeadm reset removes: its manifests, certificates and kubeconfigs, nothing else there
        rm -rf "${KGEN_ROOT}/etc/kubernetes/manifests" "${KGEN_ROOT}/etc/kubernetes/pki" "${KGEN_ROOT}/etc/kubernetes/"*.conf ;;
      "kubeconfig user") echo "stand-in kubeconfig for $(arg_after --client-name "$@")" ;;
      "token create") echo "joinme" >> "${state}/tokens"; echo "joinme.0123456789abcdef" ;;
      "token generate") echo "initme.0123456789abcdef" ;;
      "token delete")
        id=${*: -1}
        grep -qx -- "$id" "${state}/tokens" 2>/dev/null || { echo "bootstrap token \"$id\" not found" >&2; exit 1; }
        grep -vx -- "$id" "${state}/tokens" > "${state}/tokens.new"; mv "${state}/tokens.new" "${state}/tokens"
        echo "bootstrap token \"$id\" deleted" ;;
      *) ;;
    esac ;;
  kubectl)
    case " $* " in
      *" get csr -o "*) cat "${state}/csrs" 2>/dev/null ;;
      *" get csr "*) cat "${state}/csr-${3:-}" ;;
      *" get nodes "*) cat "${state}/nodes" 2>/dev/null ;;
      *" get node "*) cat "${state}/node-ready" 2>/dev/null || echo True ;;
      *" get pods "*) echo "etcd-ip-10-0-1-10.ec2.internal" ;;
      *" member list "*) cat "${state}/members" 2>/dev/null ||
        echo "8e9e05c52164694d, started, ip-10-0-1-10.ec2.internal, https://10.0.1.10:2380, https://10.0.1.10:2379, false" ;;
      *" endpoint health "*)
        ep=$(grep -o -- '--endpoints=https://[0-9.]*' <<<"$*" | tail -n 1)
        ip=${ep#--endpoints=https://}
        if grep -qxF -- "$ip" "${state}/unhealthy" 2>/dev/null; then
          echo "https://${ip}:2379 is unhealthy: failed to commit proposal: context deadline exceeded" >&2
          exit 1
        fi
        echo "https://${ip}:2379 is healthy: successfully committed proposal" ;;
      *" member remove "*) echo "Member ${*: -1} removed from cluster" ;;
      *" get daemonset cilium "*) exit 1 ;;
      *" get configmap kgen-etcd-restore "*) cat "${state}/restore-applied" 2>/dev/null || exit 1 ;;
      *) ;;
    esac ;;
  crictl)
    case " $* " in
      *" pull --creds "*) if [[ -e "${state}/pull-fails" ]]; then echo "pulling image: unauthorized" >&2; exit 1; fi ;;
      *" ps "*) echo "0123456789ab" ;;
      *" endpoint status "*) echo "https://127.0.0.1:2379, 8e9e05c52164694d, 3.6.5, 25 kB, $(cat "${state}/leader" 2>/dev/null || echo true), false, 2, 8, 8, " ;;
      *" snapshot save "*) printf 'etcd snapshot taken on %s\n' "${KGEN_FAKE_HOSTNAME:-node}" > "${KGEN_ROOT}${*: -1}" ;;
      *) ;;
    esac ;;
  ctr)
    data=$(arg_after --data-dir "$@")
    mkdir -p "${KGEN_ROOT}${data}/member"
    cp "${KGEN_ROOT}/var/lib/etcd/restore.db" "${KGEN_ROOT}${data}/member/restored-from" ;;
  tar)
    dir=$(arg_after -C "$@")
    cp "$0" "${dir}/cilium"
    chmod 0755 "${dir}/cilium" ;;
  dpkg) echo amd64 ;;
  apt-cache) echo " kubeadm | 1.34.2-1.1 | https://pkgs.k8s.io/core:/stable:/v1.34/deb  Packages" ;;
  containerd)
    if [[ "${2:-}" == default ]]; then
      printf '%s\n' 'version = 3' '' "[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]" '  SystemdCgroup = false'
    else
      echo '  SystemdCgroup = true'
    fi ;;
  sysctl) if [[ "${1:-}" == -n ]]; then echo 1; fi ;;
  gpg)
    if [[ " $* " == *" --import-options show-only "* ]]; then
      key=$(cat "${*: -1}")
      while read -r part fpr; do
        if [[ -n "$part" && "$key" == *"$part"* ]]; then
          printf 'pub:-:4096:1:%s:1568764000:::-:::scSC::::::23::0:\nfpr:::::::::%s:\n' "${fpr: -16}" "$fpr"
          break
        fi
      done < "${state}/keys"
    else
      touch "$(arg_after -o "$@")"
    fi ;;
  unzip) # the AWS CLI installer: its aws/install puts this stand-in in place as aws
    mkdir -p "$(arg_after -d "$@")/aws"
    cp "$0" "$(arg_after -d "$@")/aws/install" ;;
  install) cp "$0" "${KGEN_ROOT}/usr/bin/aws" ;;
  gpgv) if [[ -e "${state}/bad-signature" ]]; then echo "gpgv: BAD signature" >&2; exit 1; fi ;;
  sshd)
    if [[ "${1:-}" == -T ]]; then
      printf '%s\n' 'permitrootlogin no' 'passwordauthentication no' 'kbdinteractiveauthentication no'
    fi ;;
  *) ;;
esac
exit 0
