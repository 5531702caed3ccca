CREATE TABLE `suggestion_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`suggestion_id` text NOT NULL,
	`body` text NOT NULL,
	`author_id` integer NOT NULL,
	`on_behalf_of` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `suggestion_comments_model` ON `suggestion_comments` (`model_id`,`suggestion_id`);