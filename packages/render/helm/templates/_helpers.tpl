{{/*
Bazaar's chart: the values are the topology (every default filled in) plus `image`. These
templates render the same documents as `bazaar render --target k8s` (packages/render/src/k8s),
which a test checks with `helm template`. Keep the two in step.
*/}}

{{/* The labels of a service's objects. Args: root, service. */}}
{{- define "bazaar.serviceLabels" -}}
app.kubernetes.io/name: {{ .service | quote }}
app.kubernetes.io/part-of: {{ .root.Values.name | quote }}
app: {{ .service | quote }}
{{- end }}

{{/* A pod's labels: the service's and its version. Args: root, service, version. */}}
{{- define "bazaar.podLabels" -}}
{{ include "bazaar.serviceLabels" . }}
version: {{ .version | quote }}
{{- end }}

{{/* The topology as the services read it, and its checksum. */}}
{{- define "bazaar.topologyJson" -}}
{{- toJson (omit .Values "image") -}}
{{- end }}

{{/* max(1, ceil(count * weight / 100)). Args: list count weight. */}}
{{- define "bazaar.share" -}}
{{- max 1 (div (add (mul (index . 0 | int) (index . 1 | int)) 99) 100) -}}
{{- end }}

{{/* A service's Deployments as a JSON list (src/workloads.ts). Args: root, name. */}}
{{- define "bazaar.workloads" -}}
{{- $s := index .root.Values.services .name -}}
{{- $list := list -}}
{{- if $s.versions -}}
{{- range $v := $s.versions -}}
{{- $w := dict "service" $.name "name" (printf "%s-%s" $.name $v.name) "version" $v.name "weight" $v.weight "image" ($v.image | default $.root.Values.image) "replicas" (include "bazaar.share" (list $s.replicas $v.weight) | int) -}}
{{- if $s.autoscaling -}}
{{- $min := include "bazaar.share" (list $s.autoscaling.min $v.weight) | int -}}
{{- $max := max $min (include "bazaar.share" (list $s.autoscaling.max $v.weight) | int) -}}
{{- $_ := set $w "autoscaling" (dict "min" $min "max" $max "cpuPercent" $s.autoscaling.cpuPercent) -}}
{{- end -}}
{{- $list = append $list $w -}}
{{- end -}}
{{- else -}}
{{- $w := dict "service" .name "name" .name "version" "v1" "weight" 100 "image" .root.Values.image "replicas" $s.replicas -}}
{{- if $s.autoscaling -}}
{{- $_ := set $w "autoscaling" $s.autoscaling -}}
{{- end -}}
{{- $list = append $list $w -}}
{{- end -}}
{{- toJson $list -}}
{{- end }}

{{/* The services a service sends requests to (src/peers.ts), as a JSON list. Args: root, name. */}}
{{- define "bazaar.peers" -}}
{{- $list := list -}}
{{- if eq .name .root.Values.gateway.service -}}
{{- range $peer, $_ := .root.Values.services -}}
{{- if ne $peer $.name -}}
{{- $list = append $list $peer -}}
{{- end -}}
{{- end -}}
{{- else -}}
{{- range $d := (index .root.Values.services .name).dependencies -}}
{{- $list = append $list $d.service -}}
{{- end -}}
{{- end -}}
{{- toJson $list -}}
{{- end }}

{{/* The services that call a service, sorted (src/peers.ts meshCallers). Args: root, name. */}}
{{- define "bazaar.callers" -}}
{{- $list := list -}}
{{- range $caller, $s := .root.Values.services -}}
{{- $calls := false -}}
{{- if eq $caller $.root.Values.gateway.service -}}
{{- $calls = true -}}
{{- end -}}
{{- range $d := $s.dependencies -}}
{{- if eq $d.service $.name -}}
{{- $calls = true -}}
{{- end -}}
{{- end -}}
{{- if and $calls (ne $caller $.name) -}}
{{- $list = append $list $caller -}}
{{- end -}}
{{- end -}}
{{- toJson $list -}}
{{- end }}
