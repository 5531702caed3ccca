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
CREATE UNIQUE INDEX `advice_letters_source` ON `advice_letters` (`model_id`,`municipality_id`,`adviser`,`organisation`);