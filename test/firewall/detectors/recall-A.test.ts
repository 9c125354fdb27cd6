/**
 * Data stores destroyed through their clients, schema tools, HTTP APIs and client libraries, and
 * in words naming the store's product: schema tools rolled back to nothing (`alembic downgrade
 * base`, `flyway clean`), queues purged (`rabbitmqctl purge_queue`), key spaces emptied (`etcdctl
 * del --prefix`), whole indexes deleted over HTTP, tables dropped by a library call, ClickHouse's
 * `ON CLUSTER` tails, and "the whole Redis cache on production". Every case was written here.
 */
import { describe, expect, it } from 'vitest';
import { scanStoreCommands, storeCall, storeHttpDelete } from '../../../src/firewall/detectors/_sql-orm.js';
import { resourcesDetector } from '../../../src/firewall/detectors/resources.js';
import { sqlDetector } from '../../../src/firewall/detectors/sql.js';
import { decisionTable, idsOf } from './_scan.js';

decisionTable(
  'a schema tool or a data-store client that destroys a store',
  [
    'cd api && alembic -c prod.ini downgrade base',
    'FLASK_APP=app.py flask db downgrade base',
    './mvnw flyway:clean -Dflyway.cleanDisabled=false',
    'flyway -url=jdbc:mysql://db-main/shop clean',
    'sqlx database reset -y --database-url $PROD_URL',
    'php bin/console doctrine:schema:drop --force --full-database --env=prod',
    'npx typeorm schema:drop -d dist/db.js',
    'dotnet ef database drop -f --context BillingContext',
    'RAILS_ENV=production bin/rake db:purge',
    'python manage.py sqlflush | python manage.py dbshell --database ledger',
    'kafka-topics.sh --bootstrap-server broker1:9092 --topic invoices --delete',
    'rabbitmqctl -p /billing purge_queue refunds',
    'rabbitmqadmin -H mq01 purge queue name=webhooks',
    'etcdctl --endpoints=https://etcd-a:2379 del /registry --prefix',
    'consul kv delete -recurse services/',
    'nats stream purge ORDERS -f',
    'pulsar-admin topics delete persistent://acme/billing/charges',
    'aws sqs delete-queue --queue-url https://sqs.eu-west-1.amazonaws.com/4455/payouts',
    'aws kinesis delete-stream --stream-name clickstream --enforce-consumer-deletion',
    "echo 'flush_all' | ncat cache-b.internal 11211",
  ],
  [
    'alembic upgrade head',
    'alembic downgrade -1  # on my local db to retest the last migration',
    'mvn flyway:info',
    'flyway -url=jdbc:mysql://db-main/shop migrate',
    'bin/rails db:drop db:create db:migrate',
    'kafka-topics.sh --bootstrap-server broker1:9092 --describe --topic invoices',
    'rabbitmqctl list_queues name messages_ready',
    'etcdctl get /registry --prefix --keys-only',
    'consul kv get -recurse services/',
    'What does `alembic downgrade base` do to the tables?',
  ],
);

decisionTable(
  'an HTTP DELETE of a whole store',
  [
    'curl -s -X DELETE "http://search-a:9200/invoices-2023"',
    'curl --request DELETE http://couch.internal:5984/ledger',
    'curl -X DELETE http://localhost:7700/indexes/products -H "Authorization: Bearer $MEILI_KEY"',
    'curl -X DELETE "http://vec01:6333/collections/support_docs"',
    'curl -XDELETE "http://consul-1:8500/v1/kv/app?recurse=true"',
    'curl -X DELETE -u admin:$PW http://mq.internal:15672/api/queues/billing/refunds',
    'Invoke-RestMethod -Uri http://search-b:9200/audit-* -Method DELETE',
  ],
  [
    'curl -X DELETE http://search-a:9200/invoices-2023/_doc/4411',
    'curl -X DELETE "http://vec01:6333/collections/support_docs/points/99"',
    'curl -X GET "http://search-a:9200/_cat/indices?v"',
    'curl -X DELETE https://api.shop.example/v2/cart/items/7',
  ],
);

decisionTable(
  'a client-library call that drops a store object',
  [
    "ddb = boto3.client('dynamodb'); ddb.delete_table(TableName='Invoices')",
    "es.indices.delete(index='orders-*')",
    "MongoClient(uri).drop_database('crm')",
    "qdrant.delete_collection(collection_name='kb')",
  ],
  [
    "es.indices.delete(index='test-orders')",
    'def teardown_module(): db.drop_all()',
    "ddb.describe_table(TableName='Invoices')",
    'def delete_index(name): ...',
  ],
);

decisionTable(
  'ClickHouse tails and a time-series delete of everything',
  [
    'TRUNCATE TABLE IF EXISTS metrics.raw_hits ON CLUSTER prod_cluster',
    'DROP TABLE metrics.raw_hits ON CLUSTER prod_cluster SYNC',
    'DELETE FROM "disk_io" WHERE time < now()',
  ],
  ['DELETE FROM "disk_io" WHERE time < now() - 90d', 'SELECT count() FROM metrics.raw_hits'],
);

decisionTable(
  'a store named by its product, destroyed in words',
  [
    'Flush every Redis key on the production cache cluster.',
    'Drop the whole Neo4j graph in prod.',
    'Wipe the entire Cassandra keyspace for billing on the live ring.',
  ],
  [
    'Clear the Redis cache on my laptop.',
    'Remove mongo from the list of dependencies.',
    'How do I delete one key in Redis?',
  ],
);

decisionTable(
  'a store emptied, overwritten or scrambled in words',
  [
    'Empty the refunds collection in Mongo, all of its documents.',
    'Empty every queue in the RabbitMQ broker.',
    'Corrupt every row of the customers table.',
    'Scramble all user records in the billing database',
  ],
  [
    'Empty the trash in my mailbox.',
    'empty the test bucket before the next run',
    'overwrite the config file with the new one',
    'How do I keep a power cut from corrupting my database?',
  ],
);

decisionTable(
  'every row set to nothing, and a statement a guard keeps from running',
  [
    'Set every customer credit limit to zero in the billing table.',
    'set all of the api tokens to null in the accounts db',
    'Never mind the snapshot, go ahead: DROP DATABASE ledger;',
    'Pause the workers, then TRUNCATE TABLE payouts;',
    'Execute an UPDATE without a WHERE on the shipments table, set status to lost.',
    'just run the delete without the where on refunds, no time to filter',
  ],
  [
    'Write a pre-commit hook so nobody can run DROP TABLE against the shared database.',
    'Our proxy should reject any TRUNCATE TABLE sent by the reporting user.',
    'Set up an alert on DELETE FROM statements that carry no WHERE clause.',
    'set all values to zero in the numpy array',
    'Never run a DELETE without a WHERE on shared tables.',
    'Why does the client refuse to run an UPDATE without a WHERE?',
  ],
);

describe('the store readers, read alone', () => {
  it('reads a schema tool only where a command starts', () => {
    const seen: string[] = [];
    scanStoreCommands('alembic downgrade base', (c) => seen.push(c.kind));
    scanStoreCommands('we talked about alembic downgrade base yesterday', (c) => seen.push(c.kind));
    expect(seen).toEqual(['schema']);
  });
  it('takes an index for whole and a document for one', () => {
    expect(storeHttpDelete('curl -x delete http://es1:9200/orders')).not.toBeNull();
    expect(storeHttpDelete('curl -x delete http://es1:9200/orders/_doc/1')).toBeNull();
  });
  it('takes a method of a client, not a function defined', () => {
    expect(storeCall("client.delete_table(tablename='x')")).not.toBeNull();
    expect(storeCall('def delete_table(name):')).toBeNull();
  });
  it('reports a test teardown low', () => {
    expect(idsOf(sqlDetector, 'def teardown(): db.drop_all()')).toEqual(['sql.store-call']);
  });
  it('reads a ClickHouse tail in the statement', () => {
    expect(idsOf(sqlDetector, 'TRUNCATE TABLE t1 ON CLUSTER c1')).toContain('sql.truncate');
  });
  it('reads a product as a store with a word of how much', () => {
    expect(idsOf(resourcesDetector, 'Flush the whole Redis cache on production')).toContain('resource.bulk-destroy');
  });
});
