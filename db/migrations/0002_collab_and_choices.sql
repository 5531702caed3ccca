CREATE TABLE `article_edits` (
	`model_id` integer NOT NULL,
	`article_id` text NOT NULL,
	`user_id` integer NOT NULL,
	`minute` integer NOT NULL,
	`edits` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`model_id`, `article_id`, `user_id`, `minute`),
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `article_edits_model_minute` ON `article_edits` (`model_id`,`minute`);--> statement-breakpoint
CREATE TABLE `choice_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`municipality_id` integer NOT NULL,
	`slot_key` text NOT NULL,
	`old_value` text,
	`new_value` text,
	`user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `choice_changes_slot` ON `choice_changes` (`model_id`,`municipality_id`,`slot_key`);--> statement-breakpoint
CREATE TABLE `model_snapshots` (
	`model_id` integer PRIMARY KEY NOT NULL,
	`state` blob NOT NULL,
	`up_to_update_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `model_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`update` blob NOT NULL,
	`user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `model_updates_model` ON `model_updates` (`model_id`,`id`);--> statement-breakpoint
CREATE TABLE `municipality_statuses` (
	`model_id` integer NOT NULL,
	`municipality_id` integer NOT NULL,
	`status` text DEFAULT 'concept' NOT NULL,
	`reason` text,
	`updated_by` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`model_id`, `municipality_id`),
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `choices` ADD `slot_definition` text;