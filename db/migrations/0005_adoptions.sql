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
CREATE INDEX `adoptions_municipality` ON `adoptions` (`model_id`,`municipality_id`,`council_date`);