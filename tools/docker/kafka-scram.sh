#!/bin/bash
# The compose file's Kafka: one KRaft node, clients on SASL/SCRAM-SHA-512 (a principal per service
# and per feed agency, passwords from the environment), the controller on SASL/PLAIN, and the
# StandardAuthorizer allowing only what the platform's ACLs grant (provisioned by the
# kafka-provision job). Mirrors tools/infra/kafka.js, which runs the same way without Docker.
set -euo pipefail

CONFIG=/opt/kafka/config/zc-server.properties
DATA=/var/lib/kafka/data
CLUSTER_ID=sxZ0uCPgpkIaS0VQeiOZOw # fixed, since the data outlives the container

cat > "$CONFIG" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:9093
listeners=INTERNAL://:9092,CONTROLLER://localhost:9093
advertised.listeners=INTERNAL://kafka:9092
listener.security.protocol.map=INTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=INTERNAL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.internal.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
listener.name.controller.sasl.enabled.mechanisms=PLAIN
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="${KAFKA_CONTROLLER_PASSWORD}" user_controller="${KAFKA_CONTROLLER_PASSWORD}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin;User:controller
allow.everyone.if.no.acl.found=false
log.dirs=${DATA}
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
num.partitions=3
PROPS

# The client settings of the admin, for the health check and the provisioning tools.
cat > /tmp/admin.properties <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPS

if [ ! -f "$DATA/meta.properties" ]; then
  scram=()
  for principal in admin intake verification committee publicity certificate supervision feed-social-security feed-continuing-education feed-degree; do
    var="KAFKA_PASSWORD_$(echo "$principal" | tr 'a-z-' 'A-Z_')"
    [ "$principal" = admin ] && var=KAFKA_ADMIN_PASSWORD
    scram+=(--add-scram "SCRAM-SHA-512=[name=${principal},password=${!var}]")
  done
  /opt/kafka/bin/kafka-storage.sh format -t "$CLUSTER_ID" -c "$CONFIG" "${scram[@]}"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$CONFIG"
