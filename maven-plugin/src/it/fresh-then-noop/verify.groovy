// The first build generated and compiled; the second found the inputs unchanged and did nothing.
def log = new File(basedir, 'build.log').text
assert log =~ /Quarry: \d+ written, 0 unchanged, 0 removed \(2 queries\)/ : 'the first build generates'
assert log.contains('Quarry: inputs unchanged since the last generation, nothing to do') : 'the second build skips'
assert new File(basedir, 'target/classes/com/example/db/UsersQueries.class').isFile() : 'the generated code compiles'
assert new File(basedir, 'target/classes/com/example/db/User.class').isFile()
def queries = new File(basedir, 'target/generated-sources/quarry/com/example/db/UsersQueries.java').text
assert queries.contains('public List<String> listNames()')
// V2__bio.sql was applied after V1__users.sql: bio is a nullable column of the User record
assert new File(basedir, 'target/generated-sources/quarry/com/example/db/User.java').text.contains('@Nullable String bio')
return true
