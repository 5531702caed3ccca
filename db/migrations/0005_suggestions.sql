CREATE TABLE `account_editing_modes` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`mode` text NOT NULL,
	`changed_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `role_editing_modes` (
	`region_id` integer NOT NULL,
	`role` text NOT NULL,
	`mode` text NOT NULL,
	PRIMARY KEY(`region_id`, `role`),
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `suggestion_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`suggestion_id` text NOT NULL,
	`kind` text NOT NULL,
	`structural` integer NOT NULL,
	`article_id` text,
	`text` text NOT NULL,
	`author_id` integer,
	`author_name` text NOT NULL,
	`proposed_at` integer NOT NULL,
	`decision` text NOT NULL,
	`decided_by` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `suggestion_decisions_model` ON `suggestion_decisions` (`model_id`,`created_at`);