-- name: UserWithReferrer :many
SELECT u.email, ref.email AS referrer_email FROM users u LEFT JOIN users ref ON ref.id = u.referred_by;

-- name: CategoryWithParent :many
SELECT child.name AS child, parent.name AS parent FROM categories child JOIN categories parent ON parent.id = child.parent_id;

-- name: CommentReplies :many
SELECT c.id, c.body, reply.body AS reply_body
FROM comments c LEFT JOIN comments reply ON reply.parent_id = c.id
WHERE c.post_id = $1;

-- name: ThreeLevelCategories :many
SELECT a.name, b.name AS parent, c.name AS grandparent
FROM categories a LEFT JOIN categories b ON b.id = a.parent_id LEFT JOIN categories c ON c.id = b.parent_id;

-- name: SameUserOrders :many
SELECT o1.id, o2.id AS other_id FROM orders o1 JOIN orders o2 ON o2.user_id = o1.user_id AND o2.id <> o1.id;
