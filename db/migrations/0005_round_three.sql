CREATE TABLE `account_editing_modes` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`mode` text NOT NULL,
	`changed_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `adoption_amendments` (
	`adoption_id` integer NOT NULL,
	`position` integer NOT NULL,
	`number` text NOT NULL,
	`title` text NOT NULL,
	`changes` text NOT NULL,
	PRIMARY KEY(`adoption_id`, `position`),
	FOREIGN KEY (`adoption_id`) REFERENCES `adoptions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `adoptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`municipality_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`council_date` text NOT NULL,
	`decision_number` text NOT NULL,
	`values` text NOT NULL,
	`proposed_document` text NOT NULL,
	`document` text NOT NULL,
	`recorded_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `adoptions_municipality` ON `adoptions` (`model_id`,`municipality_id`,`council_date`);--> statement-breakpoint
CREATE TABLE `advice_letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`municipality_id` integer NOT NULL,
	`adviser` text NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`file_name` text NOT NULL,
	`file_type` text NOT NULL,
	`data` blob NOT NULL,
	`uploaded_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `advice_letters_source` ON `advice_letters` (`model_id`,`municipality_id`,`adviser`,`organisation`);--> statement-breakpoint
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
CREATE INDEX `suggestion_decisions_model` ON `suggestion_decisions` (`model_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `word_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`created_by` integer NOT NULL,
	`file_name` text NOT NULL,
	`parts` text NOT NULL,
	`tracked_changes` text NOT NULL,
	`title` text NOT NULL,
	`decisions` text NOT NULL,
	`model_id` integer,
	`replaced_draft` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `word_imports_region` ON `word_imports` (`region_id`);