#!/usr/bin/env bash
# The broker's own ceiling with Kafka's performance tools: 1 KB records, acks=all and idempotence as the
# outbox relay uses them, then a consumer reading them back. Results: bench/results/kafka.txt
source "$(dirname "$0")/lib.sh"
records="${1:-200000}"
out="$RESULTS/kafka.txt"
"$ROOT/deploy/kafka" start
cp="$(kafka_classpath)"
topic="bench.kafka-perf.$(date +%s)"
java -cp "$cp" org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --create --topic "$topic" --partitions 6 --replication-factor 1 >/dev/null
{
  machine
  echo "# producer: $records records of 1 KB, acks=all, idempotence, linger 2 ms, lz4 (as the outbox relay)"
  java -Xmx512m -cp "$cp" org.apache.kafka.tools.ProducerPerformance --topic "$topic" --num-records "$records" \
    --record-size 1024 --throughput -1 --producer-props bootstrap.servers=127.0.0.1:9092 acks=all \
    enable.idempotence=true linger.ms=2 compression.type=lz4 2>&1 | tail -1
  echo "# consumer"
  java -Xmx512m -cp "$cp" org.apache.kafka.tools.ConsumerPerformance --bootstrap-server 127.0.0.1:9092 \
    --topic "$topic" --messages "$records" --timeout 60000 2>&1 | tail -2
} | tee "$out"
java -cp "$cp" org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --delete --topic "$topic" >/dev/null
