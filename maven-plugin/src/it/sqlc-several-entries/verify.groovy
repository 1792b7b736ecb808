// One execution generated both entries of the sqlc.yaml into their own folders, and both compiled.
def log = new File(basedir, 'build.log').text
assert log =~ /Quarry: com\.example\.users: \d+ written, 0 unchanged, 0 removed \(1 queries\)/ : 'the users entry is generated'
assert log =~ /Quarry: com\.example\.posts: \d+ written, 0 unchanged, 0 removed \(1 queries\)/ : 'the posts entry is generated'
assert log.contains('Quarry: inputs unchanged since the last generation, nothing to do') : 'the second build skips'
// the users entry's gen.go.rename names the users table's record
assert new File(basedir, 'target/classes/com/example/users/Account.class').isFile()
assert new File(basedir, 'target/classes/com/example/users/UsersQueries.class').isFile()
assert new File(basedir, 'target/classes/com/example/posts/Post.class').isFile()
assert new File(basedir, 'target/classes/com/example/posts/PostsQueries.class').isFile()
return true
