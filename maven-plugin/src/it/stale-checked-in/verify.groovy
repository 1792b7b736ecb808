// The checked-in folder was generated from an older query file: check rejects it, names the files
// with a diff and the command that refreshes them, and writes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('are not what Quarry generates now (')
assert log.contains('  changed: com/example/db/UsersQueries.java')
assert log.contains('  removed: com/example/db/FindUserRow.java')
assert log.contains('+++ b/com/example/db/UsersQueries.java')
assert log.contains("run 'mvn quarry:generate' and commit the result")
assert new File(basedir, 'src/main/generated/com/example/db/FindUserRow.java').isFile() : 'check never writes'
return true
